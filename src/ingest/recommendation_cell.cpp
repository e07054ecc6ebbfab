#include "ingest/recommendation_cell.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace rectrack {

namespace {

bool is_source_line(std::string_view paragraph) {
    const auto first = paragraph.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    std::string start(paragraph.substr(first, 6));
    std::transform(start.begin(), start.end(), start.begin(), [](unsigned char c) { return std::tolower(c); });
    return start == "source";
}

std::string symbol_in(std::string_view source_line) {
    static const std::regex symbol(R"(A/HRC/\d+/\d+)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(source_line.begin(), source_line.end(), match, symbol)) return {};
    return match.str();
}

}  // namespace

std::optional<RecommendationCell> RecommendationCell::read(const DocxCell& cell) {
    static const std::regex numbered(R"(^\s*(\d{1,4}\.\d{1,4})\.?(?:\s+|$))");
    RecommendationCell read;
    std::string text;
    for (const auto& paragraph : cell.paragraphs) {
        if (is_source_line(paragraph)) {
            if (read.report_symbol.empty()) read.report_symbol = symbol_in(paragraph);
            continue;
        }
        if (paragraph.find_first_not_of(' ') == std::string::npos) continue;
        if (!text.empty()) text += ' ';
        text += paragraph;
    }
    std::smatch match;
    if (!std::regex_search(text, match, numbered)) return std::nullopt;
    read.paragraph = match[1].str();
    read.text = text.substr(static_cast<std::size_t>(match.length(0)));
    return read;
}

}  // namespace rectrack

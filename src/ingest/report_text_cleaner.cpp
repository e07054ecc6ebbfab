#include "ingest/report_text_cleaner.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>

namespace rectrack {

namespace {

// Footnotes, running headers and footers are set at most 9 pt against 10 pt running text.
constexpr float small_font_ratio = 0.95F;
// Headers and footers sit within this many lines of the top or bottom of a page.
constexpr std::size_t margin_lines = 3;
constexpr std::string_view soft_hyphen = "\xC2\xAD";
constexpr std::string_view no_break_space = "\xC2\xA0";

float body_font_size(const PdfText& pdf) {
    std::map<long, std::size_t> characters_by_size;  // tenths of a point
    for (const auto& page : pdf.pages()) {
        for (const auto& line : page.lines) {
            for (const auto& word : line.words)
                characters_by_size[std::lround(word.font_size * 10)] += word.text.size();
        }
    }
    const auto most = std::max_element(characters_by_size.begin(), characters_by_size.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == characters_by_size.end() ? 0 : static_cast<float>(most->first) / 10;
}

bool is_footnote_mark(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '*' || c == ',' || (c & 0x80) != 0;
    });
}

// The line without footnote marks; no words when nothing but small print (footnote text, header, footer) is on it.
PdfLine running_text(const PdfLine& line, float small_font) {
    PdfLine kept{{}, line.top, line.bottom};
    bool has_body_word = false;
    for (const auto& word : line.words) {
        const bool small = word.font_size < small_font;
        if (small && is_footnote_mark(word.text)) continue;
        has_body_word = has_body_word || !small;
        kept.words.push_back(word);
    }
    if (!has_body_word) kept.words.clear();
    return kept;
}

bool all_bold(const PdfLine& line) {
    return std::all_of(line.words.begin(), line.words.end(), [](const PdfWord& word) { return word.bold; });
}

bool is_header_or_footer(const std::string& text) {
    static const std::regex pattern(
        R"(^\s*(A/[A-Z0-9./]+\**|GE\.\d{2}-\d{4,6}.*|\d{1,3}|\*\d{5,}\*|\d{1,3}\s+GE\.\d{2}-\d{4,6}.*|GE\.\d{2}-\d{4,6}\s+\d{1,3})\s*$)");
    return std::regex_match(text, pattern);
}

// Removes running headers and footers set in body-size type, which only their pattern tells apart.
void drop_page_margins(std::vector<ReportLine>& lines) {
    for (std::size_t i = 0; i < margin_lines && !lines.empty() && is_header_or_footer(lines.front().text); ++i) {
        lines.erase(lines.begin());
    }
    for (std::size_t i = 0; i < margin_lines && !lines.empty() && is_header_or_footer(lines.back().text); ++i) {
        lines.pop_back();
    }
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

void add_words(std::string_view text, std::unordered_set<std::string>& vocabulary) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !is_letter(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && is_letter(text[i])) ++i;
        const bool broken = i < text.size() && text[i] == '-' && i + 1 == text.size();
        if (i > start && !broken) vocabulary.insert(lower(text.substr(start, i - start)));
    }
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text.substr(i, no_break_space.size()) == no_break_space;
        const bool space = nbsp || std::isspace(static_cast<unsigned char>(text[i])) != 0;
        if (nbsp) ++i;
        if (!space) {
            out += text[i];
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string_view trailing_letters(std::string_view text) {
    std::size_t start = text.size();
    while (start > 0 && is_letter(text[start - 1])) --start;
    return text.substr(start);
}

std::string_view leading_letters(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && is_letter(text[end])) ++end;
    return text.substr(0, end);
}

}  // namespace

ReportTextCleaner::ReportTextCleaner(const PdfText& pdf) {
    const float small_font = body_font_size(pdf) * small_font_ratio;
    for (const auto& page : pdf.pages()) {
        std::vector<ReportLine> kept;
        for (const auto& line : page.lines) {
            const auto running = running_text(line, small_font);
            auto text = collapse_spaces(running.text());
            if (!text.empty())
                kept.push_back(ReportLine{std::move(text), page.number, running.words.front().left, all_bold(running)});
        }
        drop_page_margins(kept);
        for (auto& line : kept) {
            add_words(line.text, vocabulary_);
            lines_.push_back(std::move(line));
        }
    }
}

std::string ReportTextCleaner::join(std::span<const ReportLine> lines) const {
    std::string joined;
    for (const auto& line : lines) {
        const std::string_view next = line.text;
        if (joined.ends_with(soft_hyphen)) {
            joined.resize(joined.size() - soft_hyphen.size());
        } else if (joined.size() > 1 && joined.back() == '-' && is_letter(joined[joined.size() - 2]) && !next.empty() &&
                   is_letter(next.front())) {
            const auto head = trailing_letters(std::string_view(joined).substr(0, joined.size() - 1));
            const auto tail = leading_letters(next);
            const bool split_word = std::islower(static_cast<unsigned char>(next.front())) != 0 &&
                                    vocabulary_.contains(lower(std::string(head) + std::string(tail)));
            if (split_word) joined.pop_back();
        } else if (!joined.empty()) {
            joined += ' ';
        }
        joined += next;
    }
    return collapse_spaces(joined);
}

}  // namespace rectrack

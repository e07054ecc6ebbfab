#include "ingest/conclusions_section.hpp"

#include <cctype>
#include <charconv>
#include <regex>

namespace rectrack {

namespace {

// A number opening a line: "143." / "12." (dotted) or "143.12" / "143.12." (with a sub-number).
struct LineNumber {
    int major = 0;
    int minor = 0;         // 0 when the number has no sub-number
    std::size_t rest = 0;  // where the text after the number starts
};

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::size_t read_int(std::string_view text, std::size_t at, int& value) {
    std::size_t end = at;
    while (end < text.size() && end - at < 4 && is_digit(text[end])) ++end;
    if (end == at) return at;
    std::from_chars(text.data() + at, text.data() + end, value);
    return end;
}

std::optional<LineNumber> line_number(std::string_view text) {
    LineNumber n;
    std::size_t at = read_int(text, 0, n.major);
    if (at == 0 || at >= text.size() || text[at] != '.') return std::nullopt;
    ++at;
    const std::size_t after_minor = read_int(text, at, n.minor);
    if (after_minor != at) {
        at = after_minor;
        if (at < text.size() && text[at] == '.') ++at;
    }
    const std::size_t rest = text.find_first_not_of(' ', at);
    const bool separated = at < text.size() && text[at] == ' ';
    if (rest == std::string_view::npos || is_digit(text[rest]) || (n.minor == 0 && !separated)) return std::nullopt;
    n.rest = rest;
    return n;
}

bool is_heading(const std::string& text) {
    static const std::regex heading(R"(^([IVX]+\.?\s*)?Conclusions and(/or)? recommendations\W*$)", std::regex::icase);
    return std::regex_match(text, heading);
}

bool ends_section(const std::string& text) {
    static const std::regex next_heading(R"(^([IVX]+\.\s+[A-Z].*|Annex(es)?\b.*)$)");
    return std::regex_match(text, next_heading);
}

ReportLine rest_of(const ReportLine& line, std::size_t from) { return ReportLine{line.text.substr(from), line.page}; }

// Reads paragraphs and their items line by line, each number only where the sequence expects it.
class Splitter {
 public:
    void read(const ReportLine& line) {
        const auto number = line_number(line.text);
        if (number && starts_item(*number, line)) return;
        if (number && starts_paragraph(*number, line)) return;
        if (paragraphs_.empty()) return;
        auto& paragraph = paragraphs_.back();
        (paragraph.items.empty() ? paragraph.chapeau : paragraph.items.back().lines).push_back(line);
    }

    std::vector<ReportParagraph> take() { return std::move(paragraphs_); }

 private:
    bool starts_item(const LineNumber& n, const ReportLine& line) {
        if (paragraphs_.empty()) return false;
        auto& paragraph = paragraphs_.back();
        const int expected = static_cast<int>(paragraph.items.size()) + 1;
        const bool sub_numbered = n.major == paragraph.number && n.minor == expected;
        const bool item_numbered = n.minor == 0 && n.major == expected && !sub_numbered_;
        if (!sub_numbered && !item_numbered) return false;
        // A paragraph's first item fixes its numbering: "143.1" (cycle II onwards) or "1." (cycle I).
        if (paragraph.items.empty()) sub_numbered_ = sub_numbered;
        paragraph.items.push_back(ReportItem{
            std::to_string(paragraph.number) + "." + std::to_string(expected), line.page, {rest_of(line, n.rest)}});
        return true;
    }

    bool starts_paragraph(const LineNumber& n, const ReportLine& line) {
        if (n.minor != 0) return false;
        if (!paragraphs_.empty() && n.major != paragraphs_.back().number + 1) return false;
        paragraphs_.push_back(ReportParagraph{n.major, line.page, {rest_of(line, n.rest)}, {}});
        sub_numbered_ = false;
        return true;
    }

    std::vector<ReportParagraph> paragraphs_;
    bool sub_numbered_ = false;
};

}  // namespace

std::optional<ConclusionsSection> ConclusionsSection::find(const std::vector<ReportLine>& lines) {
    // The last match is the heading itself; earlier ones are table-of-contents entries.
    std::optional<std::size_t> heading;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (is_heading(lines[i].text)) heading = i;
    }
    if (!heading) return std::nullopt;
    Splitter splitter;
    for (std::size_t i = *heading + 1; i < lines.size() && !ends_section(lines[i].text); ++i) splitter.read(lines[i]);
    ConclusionsSection section;
    section.paragraphs_ = splitter.take();
    return section;
}

}  // namespace rectrack

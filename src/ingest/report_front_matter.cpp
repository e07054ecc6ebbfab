#include "ingest/report_front_matter.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace rectrack {

namespace {

constexpr int cover_pages = 1;
constexpr int introduction_pages = 4;
constexpr std::string_view title = "report of the working group on the universal periodic review";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::vector<std::string> cover_lines(const PdfText& pdf) {
    std::vector<std::string> lines;
    for (const auto& page : pdf.pages()) {
        if (page.number > cover_pages) break;
        for (const auto& line : page.lines) lines.push_back(line.text());
    }
    return lines;
}

std::string single_spaced(const std::vector<std::string>& lines) {
    std::string joined;
    for (const auto& line : lines) joined += line + ' ';
    return std::regex_replace(joined, std::regex(R"(\s+)"), " ");
}

std::string trim_marks(std::string text) {
    const auto is_mark = [](unsigned char c) { return std::isspace(c) != 0 || c == '*'; };
    while (!text.empty() && is_mark(text.back())) text.pop_back();
    while (!text.empty() && is_mark(text.front())) text.erase(text.begin());
    return text;
}

// The line or two printed under the title, before the cover's footnotes and job number.
std::vector<std::string> state_lines(const std::vector<std::string>& cover) {
    const auto contains = [](std::string_view words) {
        return [words](const std::string& line) { return lower(line).find(words) != std::string::npos; };
    };
    const auto title_start = std::find_if(cover.begin(), cover.end(), contains("report of the working group"));
    // The title may break after "Periodic", leaving "Review" on a line of its own.
    const auto title_end = std::find_if(title_start, cover.end(), contains("review"));
    std::vector<std::string> names;
    for (auto it = title_end == cover.end() ? cover.end() : title_end + 1; it != cover.end(); ++it) {
        const auto text = trim_marks(*it);
        if (text.empty() || it->front() == '*' || text.starts_with("GE.") || names.size() == 2) break;
        names.push_back(names.empty() ? text : names.back() + " " + text);
    }
    return names;
}

int ordinal_unit(const std::string& word) {
    static const std::array<std::string_view, 19> units{
        "first",     "second",    "third",       "fourth",     "fifth",     "sixth",      "seventh",
        "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",   "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    const auto it = std::find(units.begin(), units.end(), word);
    return it == units.end() ? 0 : static_cast<int>(it - units.begin()) + 1;
}

int ordinal_tens(const std::string& word, bool ordinal) {
    static const std::array<std::string_view, 5> tens{"twent", "thirt", "fort", "fift", "sixt"};
    for (std::size_t i = 0; i < tens.size(); ++i) {
        if (word == std::string(tens[i]) + (ordinal ? "ieth" : "y")) return static_cast<int>(i + 2) * 10;
    }
    return 0;
}

// "fifth" → 5, "thirty-fourth" → 34, "twentieth" → 20; 0 for anything else.
int ordinal_number(const std::string& word) {
    const auto dash = word.find('-');
    if (dash == std::string::npos) return ordinal_unit(word) + ordinal_tens(word, true);
    const int tens = ordinal_tens(word.substr(0, dash), false);
    const int unit = ordinal_unit(word.substr(dash + 1));
    return tens > 0 && unit > 0 && unit < 10 ? tens + unit : 0;
}

int session_number(const std::string& introduction, const std::string& cover) {
    std::smatch match;
    static const std::regex held(R"(held its ([a-z]+(?:-[a-z]+)?|\d+)(?:st|nd|rd|th)? session)", std::regex::icase);
    if (std::regex_search(introduction, match, held)) {
        const auto word = lower(match[1].str());
        const int number =
            std::isdigit(static_cast<unsigned char>(word.front())) != 0 ? std::stoi(word) : ordinal_number(word);
        if (number > 0) return number;
    }
    static const std::regex document(R"(A/HRC/WG\.6/(\d+)/)");
    if (std::regex_search(introduction, match, document) || std::regex_search(cover, match, document)) {
        return std::stoi(match[1].str());
    }
    return 0;
}

std::string iso_date(const std::string& day, const std::string& month, const std::string& year) {
    static const std::array<std::string_view, 12> months{"January",   "February", "March",    "April",
                                                         "May",       "June",     "July",     "August",
                                                         "September", "October",  "November", "December"};
    const auto it = std::find(months.begin(), months.end(), month);
    if (it == months.end()) return {};
    const int number = static_cast<int>(it - months.begin()) + 1;
    return year + (number < 10 ? "-0" : "-") + std::to_string(number) + (day.size() < 2 ? "-0" : "-") + day;
}

std::string find_date(const std::string& text, const std::regex& pattern) {
    std::smatch match;
    if (!std::regex_search(text, match, pattern)) return {};
    return iso_date(match[1].str(), match[2].str(), match[3].str());
}

}  // namespace

Result<ReportFrontMatter> ReportFrontMatter::read(const PdfText& pdf, const ReportTextCleaner& text,
                                                  const InputFile& file) {
    const auto cover = cover_lines(pdf);
    const auto cover_text = single_spaced(cover);
    if (lower(cover_text).find(title) == std::string::npos) {
        return make_error(ErrorCode::invalid_input, "report.not_working_group_report")
            .with("file", file.name)
            .with("page", "1");
    }
    std::vector<ReportLine> introduction_lines;
    std::copy_if(text.lines().begin(), text.lines().end(), std::back_inserter(introduction_lines),
                 [](const ReportLine& line) { return line.page <= introduction_pages; });
    const auto introduction = text.join(introduction_lines);

    ReportFrontMatter front;
    std::smatch match;
    static const std::regex symbol(R"(A/HRC/\d+/\d+(?:/Add\.\d+)?)");
    if (std::regex_search(cover_text, match, symbol)) front.symbol = match.str();
    front.addendum = front.symbol.find("/Add.") != std::string::npos ||
                     std::any_of(cover.begin(), cover.end(),
                                 [](const std::string& line) { return lower(trim_marks(line)) == "addendum"; });
    front.state_candidates = state_lines(cover);
    static const std::regex review_of(R"(The review of (.{2,80}?) was held)");
    if (std::regex_search(introduction, match, review_of)) front.state_candidates.push_back(match[1].str());
    front.session = session_number(introduction, cover_text);
    static const std::regex dialogue(
        R"(The review of .{2,80}? was held at the \d+\w* meeting,? on (\d{1,2}) ([A-Z][a-z]+) (\d{4}))");
    static const std::regex adoption(R"(held on (\d{1,2}) ([A-Z][a-z]+) (\d{4}),? the Working Group adopted)");
    front.dialogue_date = find_date(introduction, dialogue);
    front.adoption_date = find_date(introduction, adoption);
    return front;
}

}  // namespace rectrack

#include "ingest/addendum_responses.hpp"

#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <regex>

#include "ingest/recommendation_numbers.hpp"

namespace rectrack {

namespace {

constexpr float same_column = 3;          // points: lines starting this close share a left edge
constexpr float hanging_indent = 30;      // points: a table's text column lies this far right of its numbers
constexpr float heading_outdent = 5;      // points: headings and notes stand this far left of the running text
constexpr std::size_t margin_share = 10;  // one line in this many starts at the margin, at least

struct Heading {
    std::vector<std::string> numbers;
    std::string rest;        // text on the heading's line after its numbers
    bool open_list = false;  // the numbers end with a comma: the next line continues them
};

// The left margin of the running text: the leftmost edge a good share of lines start at, against
// headings and notes further left and first-line indents or a table's text column further right.
float running_left(const std::vector<ReportLine>& lines) {
    std::map<long, std::size_t> count;
    for (const auto& line : lines) ++count[std::lround(line.left)];
    for (const auto& [left, n] : count) {
        if (n * margin_share >= lines.size()) return static_cast<float>(left);
    }
    return 0;
}

const std::regex& item_numbers() {
    static const std::regex pattern(R"(^(\d{1,3}\.(?:,? ?\d{1,3}\.)*)(,?)(?: (.*)|$))");
    return pattern;
}

bool at_left(const ReportLine& line, float left) { return std::fabs(line.left - left) <= same_column; }

// Table rows ("1.  Slovenia accepts ...") continue in an indented column; numbered paragraphs wrap to the margin.
bool is_table_layout(const std::vector<ReportLine>& lines, float left) {
    int indented = 0;
    int flush = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto& next = lines[i + 1];
        if (!at_left(lines[i], left) || !std::regex_search(lines[i].text, item_numbers())) continue;
        if (next.page != lines[i].page || std::regex_search(next.text, item_numbers())) continue;
        if (next.left > left + hanging_indent) ++indented;
        if (at_left(next, left)) ++flush;
    }
    return indented > flush;
}

std::string trim_leading_marks(std::string text) {
    std::size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == ':' || text[start] == '.')) ++start;
    return text.substr(start);
}

Result<Heading> numbers_then_rest(std::string_view text, const std::string& paragraph) {
    auto numbers = read_recommendation_numbers(text, paragraph);
    if (!numbers.ok()) return numbers.error();
    auto rest = std::string(text.substr(numbers->length));
    const bool open_list = rest.starts_with(",");
    return Heading{std::move(numbers->numbers), trim_leading_marks(open_list ? rest.substr(1) : rest), open_list};
}

// "5., 6., 7." of a table row, without the dots that end each number.
Result<std::optional<Heading>> table_row_heading(const ReportLine& line, const std::string& paragraph) {
    std::smatch match;
    if (!std::regex_search(line.text, match, item_numbers())) return std::optional<Heading>{};
    const auto list = std::regex_replace(match[1].str(), std::regex(R"((\d)\.)"), "$1");
    auto heading = numbers_then_rest(list, paragraph);
    if (!heading.ok()) return heading.error();
    heading->rest = match[3].str();
    heading->open_list = match[2].length() > 0;
    return std::optional<Heading>{std::move(heading).value()};
}

bool ends_sentence(const std::string& text) {
    return text.empty() || std::string_view(".:;!?)\"").find(text.back()) != std::string_view::npos ||
           text.ends_with("\xE2\x80\x9D");
}

// "Rec. 18 ...", "Recs. 6–13 ...", or "122.14–15" opening a line after a finished sentence.
Result<std::optional<Heading>> answer_heading(const ReportLine& line, bool after_sentence,
                                              const std::string& paragraph) {
    static const std::regex named(R"(^(?:Recs?\.|Recommendations?) ?(?=\d))");
    static const std::regex dotted(R"(^\d{1,3}\.\d{1,3}\b)");
    std::smatch match;
    const bool is_named = std::regex_search(line.text, match, named);
    if (!is_named && !(after_sentence && std::regex_search(line.text, dotted))) return std::optional<Heading>{};
    auto heading = numbers_then_rest(std::string_view(line.text).substr(is_named ? match.length() : 0), paragraph);
    if (!heading.ok()) return heading.error();
    const bool starts_sentence =
        heading->rest.empty() || std::isupper(static_cast<unsigned char>(heading->rest.front())) != 0;
    if (heading->numbers.empty() || (!is_named && (heading->open_list || !starts_sentence))) {
        return std::optional<Heading>{};
    }
    return std::optional<Heading>{std::move(heading).value()};
}

Error with_page(Error error, int page) { return error.with("page", std::to_string(page)); }

class ResponseSplitter {
 public:
    ResponseSplitter(const std::vector<ReportLine>& lines, std::string paragraph)
        : left_(running_left(lines)), table_(is_table_layout(lines, left_)), paragraph_(std::move(paragraph)) {}

    Status add(const ReportLine& line) {
        if (open_list_) return continue_list(line);
        auto heading = heading_of(line);
        if (!heading.ok()) return with_page(heading.error(), line.page);
        if (*heading) {
            start(line, std::move((*heading)->numbers), std::move((*heading)->rest));
            open_list_ = (*heading)->open_list;
        } else if (line.bold || line.left < left_ - heading_outdent) {
            close();
        } else if (at_left(line, left_) && std::regex_search(line.text, std::regex(R"(^\d{1,3}\. [A-Z])"))) {
            start(line, {}, line.text);
        } else {
            append(line, line.text);
        }
        after_sentence_ = ends_sentence(line.text);
        return {};
    }

    std::vector<AddendumResponse> finish() {
        close();
        return std::move(responses_);
    }

 private:
    Result<std::optional<Heading>> heading_of(const ReportLine& line) const {
        if (table_ && at_left(line, left_)) {
            auto row = table_row_heading(line, paragraph_);
            if (!row.ok() || *row) return row;
        }
        return answer_heading(line, after_sentence_ || line.bold || !current_, paragraph_);
    }

    Status continue_list(const ReportLine& line) {
        open_list_ = false;
        auto row = table_row_heading(line, paragraph_);
        if (!row.ok()) return with_page(row.error(), line.page);
        if (!*row || !current_) return add(line);
        current_->numbers.insert(current_->numbers.end(), (*row)->numbers.begin(), (*row)->numbers.end());
        if (!(*row)->rest.empty()) append(line, (*row)->rest);
        open_list_ = (*row)->open_list;
        return {};
    }

    void start(const ReportLine& line, std::vector<std::string> numbers, std::string text) {
        close();
        current_ = AddendumResponse{std::move(numbers), {}, line.page};
        if (!text.empty()) append(line, std::move(text));
    }

    void append(const ReportLine& line, std::string text) {
        if (!current_) current_ = AddendumResponse{{}, {}, line.page};
        current_->lines.push_back(ReportLine{std::move(text), line.page, line.left, line.bold});
    }

    void close() {
        if (current_) responses_.push_back(std::move(*current_));
        current_.reset();
    }

    float left_;
    bool table_;
    std::string paragraph_;
    std::optional<AddendumResponse> current_;
    std::vector<AddendumResponse> responses_;
    bool open_list_ = false;
    bool after_sentence_ = true;
};

}  // namespace

Result<std::vector<AddendumResponse>> split_responses(const std::vector<ReportLine>& lines,
                                                      const std::string& paragraph) {
    ResponseSplitter splitter(lines, paragraph);
    for (const auto& line : lines) RECTRACK_TRY(splitter.add(line));
    return splitter.finish();
}

}  // namespace rectrack

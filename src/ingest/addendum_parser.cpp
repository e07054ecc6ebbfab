#include "ingest/addendum_parser.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "ingest/addendum_responses.hpp"
#include "ingest/recommendation_numbers.hpp"
#include "ingest/report_front_matter.hpp"
#include "ingest/report_text_cleaner.hpp"
#include "ingest/response_sentence.hpp"

namespace rectrack {

namespace {

constexpr std::size_t pdf_header_window = 1024;
constexpr int introduction_pages = 3;

// What the addendum says about one recommendation number.
struct Answer {
    std::set<Position> positions;
    std::vector<std::string> explanations;
    int page = 0;
};

Error addendum_error(std::string id, const InputFile& file, int page) {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", file.name)
        .with("page", std::to_string(page));
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string all_text(const PdfText& pdf) {
    std::string text;
    for (const auto& page : pdf.pages()) {
        for (const auto& line : page.lines) text += line.text() + ' ';
    }
    return text;
}

// The paragraph of the report whose list bare numbers refer to, as a note or the text names it.
std::string paragraph_of_bare_numbers(const PdfText& pdf) {
    static const std::regex named(
        R"(\b(?:paragraph (\d+) of (?:the|its) (?:report|document)|(?:listed|contained|set out) in paragraph (\d+)))",
        std::regex::icase);
    const auto text = all_text(pdf);
    std::smatch match;
    if (!std::regex_search(text, match, named)) return {};
    return match[1].matched ? match[1].str() : match[2].str();
}

// The UPR cycle of the Council session that adopted the outcome: sessions up to 20 adopted cycle I,
// 21-35 cycle II, 36-51 cycle III.
int cycle_of_council_session(const std::string& symbol) {
    static const std::regex council(R"(^A/HRC/(\d+)/)");
    std::smatch match;
    if (!std::regex_search(symbol, match, council)) return 0;
    const int session = std::stoi(match[1].str());
    if (session <= 20) return 1;
    if (session <= 35) return 2;
    if (session <= 51) return 3;
    return 4;
}

std::string iso_date(const std::smatch& match) {
    static const std::vector<std::string> months{"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
    const auto it = std::find(months.begin(), months.end(), lower(match[2].str()));
    if (it == months.end()) return {};
    const auto month = std::to_string(it - months.begin() + 1);
    const auto day = match[1].str();
    return match[3].str() + (month.size() < 2 ? "-0" : "-") + month + (day.size() < 2 ? "-0" : "-") + day;
}

// "the 3rd Universal Periodic Review of Slovenia on 12 November 2019", "its Universal Periodic Review on 16 February
// 2010".
std::string dialogue_date(const ReportTextCleaner& text) {
    std::vector<ReportLine> introduction;
    std::copy_if(text.lines().begin(), text.lines().end(), std::back_inserter(introduction),
                 [](const ReportLine& line) { return line.page <= introduction_pages; });
    static const std::regex held(R"(Universal Periodic Review(?: of [^.,]{2,60}?)? on (\d{1,2}) ([A-Z][a-z]+) (\d{4}))",
                                 std::regex::icase);
    const auto joined = text.join(introduction);
    std::smatch match;
    return std::regex_search(joined, match, held) ? iso_date(match) : std::string{};
}

Position settle(const std::set<Position>& positions) {
    // Answered more than once with different positions: part of it is supported, part noted.
    if (positions.size() > 1 || positions.contains(Position::partially_supported)) return Position::partially_supported;
    return *positions.begin();
}

bool numeric_order(const std::string& a, const std::string& b) {
    const auto parts = [](const std::string& key) {
        const auto dot = key.find('.');
        if (dot == std::string::npos) return std::pair{0, std::stoi(key)};
        return std::pair{std::stoi(key.substr(0, dot)), std::stoi(key.substr(dot + 1))};
    };
    return parts(a) < parts(b);
}

class AnswerCollector {
 public:
    AnswerCollector(const ReportTextCleaner& text, std::string paragraph, const InputFile& file)
        : text_(text), paragraph_(std::move(paragraph)), file_(file) {}

    Status add(const AddendumResponse& response) {
        const auto joined = text_.join(response.lines);
        for (const auto& phrase : position_phrases(joined)) {
            auto named = read_recommendation_numbers(std::string_view(joined).substr(phrase.end), paragraph_);
            if (!named.ok()) {
                return addendum_error("addendum.bad_range", file_, response.page)
                    .with("range", named.error().arg("range"))
                    .with("detail", named.error().arg("detail"));
            }
            const auto& numbers = named->numbers.empty() ? response.numbers : named->numbers;
            for (const auto& number : numbers) take_position(number, phrase.position, response.page);
        }
        for (const auto& number : response.numbers) {
            if (!joined.empty()) answers_[number].explanations.push_back(joined);
        }
        return {};
    }

    [[nodiscard]] std::vector<Recommendation> recommendations() const {
        std::vector<Recommendation> recommendations;
        for (const auto& [number, answer] : answers_) {
            if (answer.positions.empty()) continue;
            Recommendation recommendation;
            recommendation.paragraph = number;
            recommendation.source_key = number;
            recommendation.kind = RecommendationKind::recommendation;
            recommendation.position = settle(answer.positions);
            recommendation.page = answer.page;
            for (const auto& explanation : answer.explanations) {
                recommendation.position_explanation +=
                    (recommendation.position_explanation.empty() ? "" : " ") + explanation;
            }
            recommendations.push_back(std::move(recommendation));
        }
        std::sort(recommendations.begin(), recommendations.end(), [](const Recommendation& a, const Recommendation& b) {
            return numeric_order(a.paragraph, b.paragraph);
        });
        return recommendations;
    }

 private:
    void take_position(const std::string& number, Position position, int page) {
        auto& answer = answers_[number];
        if (answer.positions.empty()) answer.page = page;
        answer.positions.insert(position);
    }

    const ReportTextCleaner& text_;
    std::string paragraph_;
    const InputFile& file_;
    std::map<std::string, Answer> answers_;
};

// The running text after the cover.
std::vector<ReportLine> body_lines(const ReportTextCleaner& text, int pages) {
    std::vector<ReportLine> lines;
    std::copy_if(text.lines().begin(), text.lines().end(), std::back_inserter(lines),
                 [pages](const ReportLine& line) { return pages == 1 || line.page > 1; });
    return lines;
}

Result<const State*> state_under_review(const StateDirectory& states, const ReportFrontMatter& front,
                                        const InputFile& file) {
    for (const auto& name : front.state_candidates) {
        if (auto state = states.resolve(name); state.ok()) return *state;
    }
    return addendum_error("addendum.unknown_state", file, 1)
        .with("name", front.state_candidates.empty() ? std::string{} : front.state_candidates.front());
}

Result<ReportFrontMatter> addendum_front_matter(const PdfText& pdf, const ReportTextCleaner& text,
                                                const InputFile& file) {
    auto front = ReportFrontMatter::read(pdf, text, file);
    if (!front.ok()) {
        return addendum_error("addendum.not_addendum", file, 1)
            .with("detail", "the cover has no \"Report of the Working Group on the Universal Periodic Review\"");
    }
    if (!front->addendum) {
        return addendum_error("addendum.not_addendum", file, 1)
            .with("detail", "the working-group report itself; import it with --format upr-report-pdf");
    }
    return front;
}

Review review_of(const ReportFrontMatter& front, const State& state, const ReportTextCleaner& text) {
    Review review;
    review.state_code = state.code;
    review.mechanism = "UPR";
    review.document_symbol = front.symbol.substr(0, front.symbol.find("/Add."));
    review.cycle = cycle_of_council_session(review.document_symbol);
    review.session = front.session;
    review.dialogue_date = dialogue_date(text);
    return review;
}

}  // namespace

bool AddendumParser::recognises(const InputFile& file) const {
    if (std::string_view(file.bytes).substr(0, pdf_header_window).find("%PDF-") == std::string_view::npos) return false;
    auto cover = PdfText::extract_first(file, 1, limits_);
    if (!cover.ok()) return false;
    const auto text = lower(all_text(*cover));
    // Compiled once: recognises() runs for every PDF an import detects the format of.
    static const std::regex addendum_mark(R"((^|\s)addendum(\s|$)|a/hrc/\d+/\d+/add\.\d)");
    return text.find("universal periodic review") != std::string::npos && std::regex_search(text, addendum_mark);
}

Result<ImportBatch> AddendumParser::parse(const InputFile& file) const {
    auto pdf = PdfText::extract(file, limits_);
    if (!pdf.ok()) return pdf.error();
    const ReportTextCleaner text(*pdf);
    auto front = addendum_front_matter(*pdf, text, file);
    if (!front.ok()) return front.error();
    auto state = state_under_review(states_, *front, file);
    if (!state.ok()) return state.error();
    const auto paragraph = paragraph_of_bare_numbers(*pdf);
    auto responses = split_responses(body_lines(text, pdf->page_count()), paragraph);
    if (!responses.ok()) return Error(responses.error()).with("file", file.name);
    AnswerCollector answers(text, paragraph, file);
    for (const auto& response : *responses) RECTRACK_TRY(answers.add(response));
    auto recommendations = answers.recommendations();
    if (recommendations.empty()) {
        return addendum_error("addendum.no_responses", file, pdf->page_count())
            .with("detail", "no sentence accepts, supports or notes a numbered recommendation");
    }

    SourceDocument document{0, front->symbol, DocumentKind::addendum, file.name, {}, pdf->page_count(), {}};
    return single_review_batch(std::move(document), review_of(*front, **state, text), std::move(recommendations));
}

}  // namespace rectrack

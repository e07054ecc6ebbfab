#include "ingest/upr_info_csv_parser.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/sha256.hpp"
#include "domain/mechanism.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/text_encoding.hpp"

namespace rectrack {

namespace {

constexpr std::array<std::string_view, 11> expected_columns{
    "To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"};
enum Column { to = 0, text = 3, from = 4, response = 7, action = 8, issue = 9, session = 10 };

// UPR Info's marker for a recommendation the report attributes to no state.
constexpr std::string_view unknown_state = "(Unknown)";
constexpr std::size_t source_key_hex_digits = 24;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

std::string header_text(const std::vector<std::string>& fields) {
    std::string joined;
    for (const auto& f : fields) joined += (joined.empty() ? "" : ",") + f;
    return joined;
}

std::string expected_header() {
    std::string joined;
    for (const auto c : expected_columns) joined += std::string(joined.empty() ? "" : ",") + std::string(c);
    return joined;
}

Error row_error(std::string id, const InputFile& file, long line) {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", file.name)
        .with("line", std::to_string(line));
}

// What one CSV row says, validated.
struct Row {
    const State* under_review = nullptr;
    const State* recommending = nullptr;  // null when UPR Info marks the state as unknown
    std::string text;
    RecommendationKind kind = RecommendationKind::recommendation;
    std::optional<Position> position;
    std::string action;
    std::vector<std::string> issues;
    int session = 0;
};

Result<std::optional<Position>> parse_response(std::string_view response, RecommendationKind& kind) {
    kind = RecommendationKind::recommendation;
    if (response == "Accepted") return std::optional<Position>{Position::supported};
    if (response == "Noted") return std::optional<Position>{Position::noted};
    if (response == "Partially accepted") return std::optional<Position>{Position::partially_supported};
    if (response == "Pending" || response.empty()) return std::optional<Position>{Position::pending};
    if (response == "Voluntary Pledge") {
        kind = RecommendationKind::voluntary_pledge;
        return std::optional<Position>{};
    }
    return make_error(ErrorCode::invalid_input, "upr_info.bad_response").with("value", std::string(response));
}

std::vector<std::string> split_issues(std::string_view list) {
    std::vector<std::string> issues;
    while (!list.empty()) {
        const auto comma = list.find(',');
        const auto item = trim(list.substr(0, comma));
        if (!item.empty()) issues.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return issues;
}

class RowReader {
 public:
    RowReader(const StateDirectory& states, const InputFile& file) : states_(states), file_(file) {}

    Result<Row> read(const std::vector<std::string>& fields, long line) const {
        if (fields.size() != expected_columns.size()) {
            return row_error("upr_info.field_count", file_, line)
                .with("expected", std::to_string(expected_columns.size()))
                .with("found", std::to_string(fields.size()));
        }
        Row row;
        auto under_review = resolve(fields[to], line, "To");
        if (!under_review.ok()) return under_review.error();
        row.under_review = *under_review;
        const std::string from_name = decode_html_entities(trim(fields[from]));
        if (from_name != unknown_state) {
            auto recommending = resolve(from_name, line, "From");
            if (!recommending.ok()) return recommending.error();
            row.recommending = *recommending;
        }
        row.text = decode_html_entities(trim(fields[text]));
        if (row.text.empty()) return row_error("upr_info.empty_text", file_, line);
        auto position = parse_response(trim(fields[response]), row.kind);
        if (!position.ok()) return row_error("upr_info.bad_response", file_, line).with("value", fields[response]);
        row.position = *position;
        row.action = std::string(trim(fields[action]));
        if (!row.action.empty() && (row.action.size() != 1 || row.action[0] < '1' || row.action[0] > '5')) {
            return row_error("upr_info.bad_action", file_, line).with("value", row.action);
        }
        row.issues = split_issues(fields[issue]);
        const auto session_text = trim(fields[session]);
        const auto [end, error] =
            std::from_chars(session_text.data(), session_text.data() + session_text.size(), row.session);
        if (error != std::errc{} || end != session_text.data() + session_text.size() || row.session <= 0) {
            return row_error("upr_info.bad_session", file_, line).with("value", std::string(session_text));
        }
        return row;
    }

 private:
    Result<const State*> resolve(std::string_view name, long line, std::string_view column) const {
        auto state = states_.resolve(trim(name));
        if (state.ok()) return state;
        return row_error("upr_info.unknown_state", file_, line)
            .with("column", std::string(column))
            .with("name", std::string(trim(name)));
    }

    const StateDirectory& states_;
    const InputFile& file_;
};

// Gathers rows into reviews and recommendations, merging rows that differ only in the recommending state.
class BatchBuilder {
 public:
    explicit BatchBuilder(ImportBatch& batch) : batch_(batch) {}

    void add(Row&& row) {
        std::string key = row.under_review->code;
        key += '\x1f';
        key += std::to_string(row.session);
        key += '\x1f';
        key += identity(row);
        auto [it, inserted] = recommendations_.try_emplace(std::move(key), std::pair<std::size_t, std::size_t>{});
        if (inserted) {
            const std::size_t review = review_index(row);
            it->second = {review, batch_.reviews[review].recommendations.size()};
            batch_.reviews[review].recommendations.push_back(make_recommendation(row));
        }
        if (row.recommending == nullptr) return;
        auto& states = batch_.reviews[it->second.first].recommendations[it->second.second].texts.front().state_codes;
        if (std::find(states.begin(), states.end(), row.recommending->code) == states.end()) {
            states.push_back(row.recommending->code);
        }
    }

 private:
    static std::string identity(const Row& row) {
        std::string id = row.text;
        id += '\x1f';
        id += row.position ? to_string(*row.position) : to_string(row.kind);
        id += '\x1f';
        id += row.action;
        for (const auto& issue : row.issues) id += '\x1f' + issue;
        return id;
    }

    std::size_t review_index(const Row& row) {
        const std::string key = row.under_review->code + '\x1f' + std::to_string(row.session);
        auto [it, inserted] = reviews_.try_emplace(key, batch_.reviews.size());
        if (inserted) {
            ImportedReview review;
            review.review.state_code = row.under_review->code;
            review.review.mechanism = "UPR";
            review.review.session = row.session;
            review.review.cycle = upr_cycle_of_session(row.session);
            batch_.reviews.push_back(std::move(review));
        }
        return it->second;
    }

    static Recommendation make_recommendation(const Row& row) {
        Recommendation rec;
        rec.kind = row.kind;
        rec.position = row.position;
        rec.source_key = "upr-info:" + sha256_hex(identity(row)).substr(0, source_key_hex_digits);
        rec.texts.push_back(RecommendationText{row.text, {}});
        for (const auto& issue : row.issues) rec.labels.push_back(Label{LabelKind::issue, issue});
        if (!row.action.empty()) rec.labels.push_back(Label{LabelKind::action_category, row.action});
        return rec;
    }

    ImportBatch& batch_;
    std::unordered_map<std::string, std::size_t> reviews_;
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> recommendations_;
};

}  // namespace

bool UprInfoCsvParser::recognises(const InputFile& file) const {
    constexpr std::string_view signature = "To,To-Rgrp,To-Org,Text,From";
    std::string_view head(file.bytes);
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    return head.starts_with(signature);
}

Result<ImportBatch> UprInfoCsvParser::parse(const InputFile& file) const {
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    const std::string text = to_utf8(file.bytes);
    CsvReader reader(text);
    std::vector<std::string> fields;
    auto header = reader.next(fields);
    if (!header.ok()) return Error(header.error()).with("file", file.name);
    if (header_text(fields) != expected_header()) {
        return row_error("upr_info.bad_header", file, 1)
            .with("expected", expected_header())
            .with("found", header_text(fields));
    }
    ImportBatch batch;
    batch.document.kind = DocumentKind::export_file;
    batch.document.file_name = file.name;
    BatchBuilder builder(batch);
    const RowReader rows(states_, file);
    while (true) {
        auto more = reader.next(fields);
        if (!more.ok()) return Error(more.error()).with("file", file.name);
        if (!*more) break;
        // A blank line, such as one at the end of a file, is no record.
        if (fields.size() == 1 && trim(fields[0]).empty()) continue;
        auto row = rows.read(fields, reader.record_line());
        if (!row.ok()) return row.error();
        builder.add(std::move(row.value()));
        ++batch.rows;
    }
    if (batch.rows == 0) return make_error(ErrorCode::invalid_input, "import.no_records").with("file", file.name);
    return batch;
}

}  // namespace rectrack

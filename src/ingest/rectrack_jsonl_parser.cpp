#include "ingest/rectrack_jsonl_parser.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace rectrack {

namespace {

using nlohmann::json;

Error line_error(std::string id, const InputFile& file, long line) {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", file.name)
        .with("line", std::to_string(line));
}

Result<Label> read_label(const json& j) {
    auto kind = label_kind_from_string(j.at("kind").get<std::string>());
    auto provenance = provenance_from_string(j.at("provenance").get<std::string>());
    if (!kind || !provenance) return make_error(ErrorCode::invalid_input, "jsonl.bad_label");
    return Label{*kind, j.at("value").get<std::string>(), *provenance, j.value("confidence", 1.0),
                 j.value("model_version", std::string{})};
}

Result<Recommendation> read_recommendation(const json& j) {
    Recommendation rec;
    rec.paragraph = j.at("paragraph").get<std::string>();
    rec.source_key = j.at("source_key").get<std::string>();
    auto kind = recommendation_kind_from_string(j.at("kind").get<std::string>());
    if (!kind) return make_error(ErrorCode::invalid_input, "jsonl.bad_kind");
    rec.kind = *kind;
    for (const auto& t : j.at("texts")) {
        rec.texts.push_back({t.at("text").get<std::string>(), t.at("states").get<std::vector<std::string>>()});
    }
    for (const auto& t : j.at("translations")) {
        rec.translations.push_back({t.at("language").get<std::string>(), t.at("text").get<std::string>()});
    }
    if (!j.at("position").is_null()) {
        rec.position = position_from_string(j.at("position").get<std::string>());
        if (!rec.position) return make_error(ErrorCode::invalid_input, "jsonl.bad_position");
    }
    rec.position_explanation = j.value("position_explanation", std::string{});
    for (const auto& l : j.at("labels")) {
        auto label = read_label(l);
        if (!label.ok()) return label.error();
        rec.labels.push_back(std::move(label.value()));
    }
    return rec;
}

Review read_review(const json& j) {
    Review review;
    review.state_code = j.at("state").get<std::string>();
    review.mechanism = j.at("mechanism").get<std::string>();
    review.cycle = j.at("cycle").get<int>();
    review.session = j.at("session").get<int>();
    review.document_symbol = j.value("document_symbol", std::string{});
    review.dialogue_date = j.value("dialogue_date", std::string{});
    review.adoption_date = j.value("adoption_date", std::string{});
    return review;
}

Result<SourceDocument> read_source(const json& j) {
    SourceDocument document;
    document.file_name = j.at("file_name").get<std::string>();
    document.symbol = j.at("symbol").get<std::string>();
    auto kind = document_kind_from_string(j.at("kind").get<std::string>());
    if (!kind) return make_error(ErrorCode::invalid_input, "jsonl.bad_source");
    document.kind = *kind;
    document.sha256 = j.at("sha256").get<std::string>();
    document.pages = j.at("pages").get<int>();
    return document;
}

// Groups lines into reviews and origin documents as they come.
class JsonlBatchBuilder {
 public:
    explicit JsonlBatchBuilder(ImportBatch& batch) : batch_(batch) {}

    void add(Review review, Recommendation rec, SourceDocument origin) {
        auto review_key = std::make_tuple(review.state_code, review.mechanism, review.cycle, review.session);
        auto [r, new_review] = reviews_.try_emplace(review_key, batch_.reviews.size());
        if (new_review) batch_.reviews.push_back(ImportedReview{std::move(review), {}, {}});
        auto [o, new_origin] = origins_.try_emplace(origin.sha256, batch_.origins.size());
        if (new_origin) batch_.origins.push_back(std::move(origin));
        auto& imported = batch_.reviews[r->second];
        imported.recommendations.push_back(std::move(rec));
        imported.origin_of.push_back(o->second);
    }

 private:
    ImportBatch& batch_;
    std::map<std::tuple<std::string, std::string, int, int>, std::size_t> reviews_;
    std::map<std::string, std::size_t> origins_;
};

Status check_states(const Review& review, const Recommendation& rec, const StateDirectory& states) {
    if (states.find_by_code(review.state_code) == nullptr) {
        return make_error(ErrorCode::invalid_input, "jsonl.unknown_state").with("name", review.state_code);
    }
    for (const auto& code : rec.recommending_states()) {
        if (states.find_by_code(code) == nullptr) {
            return make_error(ErrorCode::invalid_input, "jsonl.unknown_state").with("name", code);
        }
    }
    return {};
}

}  // namespace

bool RectrackJsonlParser::recognises(const InputFile& file) const {
    const std::string_view head = std::string_view(file.bytes).substr(0, file.bytes.find('\n'));
    return head.starts_with("{\"") && head.find("\"source_key\"") != std::string_view::npos;
}

Result<ImportBatch> RectrackJsonlParser::parse(const InputFile& file) const {
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    ImportBatch batch;
    batch.document.kind = DocumentKind::export_file;
    batch.document.file_name = file.name;
    JsonlBatchBuilder builder(batch);
    std::string_view rest(file.bytes);
    for (long line = 1; !rest.empty(); ++line) {
        const auto end = rest.find('\n');
        const std::string_view text = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const json j = json::parse(text, nullptr, false);
        if (j.is_discarded() || !j.is_object()) return line_error("jsonl.bad_json", file, line);
        try {
            auto rec = read_recommendation(j);
            if (!rec.ok()) return Error(rec.error()).with("file", file.name).with("line", std::to_string(line));
            Review review = read_review(j.at("review"));
            auto known = check_states(review, *rec, states_);
            if (!known.ok()) return Error(known.error()).with("file", file.name).with("line", std::to_string(line));
            rec->page = j.at("source").is_null() ? 0 : j.at("source").value("page", 0);
            SourceDocument origin = batch.document;
            if (!j.at("source").is_null()) {
                auto source = read_source(j.at("source"));
                if (!source.ok())
                    return Error(source.error()).with("file", file.name).with("line", std::to_string(line));
                origin = std::move(source.value());
            }
            builder.add(std::move(review), std::move(rec.value()), std::move(origin));
        } catch (const json::exception& e) {
            // A missing or mistyped field: the line is not a rectrack export record.
            return line_error("jsonl.bad_record", file, line).with("detail", e.what());
        }
        ++batch.rows;
    }
    if (batch.rows == 0) return make_error(ErrorCode::invalid_input, "import.no_records").with("file", file.name);
    return batch;
}

}  // namespace rectrack

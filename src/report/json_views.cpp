#include "report/json_views.hpp"

#include <cmath>

namespace rectrack {

namespace {

nlohmann::json optional_id(const std::optional<std::int64_t>& id) {
    return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

nlohmann::json label_json(const Label& label) {
    nlohmann::json json{{"kind", to_string(label.kind)},
                        {"value", label.value},
                        {"provenance", to_string(label.provenance)},
                        {"confidence", label.confidence}};
    if (!label.model_version.empty()) json["model_version"] = label.model_version;
    return json;
}

double percent(double share) {
    constexpr double tenths = 1000.0;
    return std::round(share * tenths) / 10.0;
}

}  // namespace

nlohmann::json review_json(const Review& review, const StateDirectory& states) {
    return {{"id", review.id},
            {"state", review.state_code},
            {"state_name", states.name_of(review.state_code)},
            {"mechanism", review.mechanism},
            {"cycle", review.cycle},
            {"session", review.session},
            {"document_symbol", review.document_symbol},
            {"dialogue_date", review.dialogue_date},
            {"adoption_date", review.adoption_date}};
}

nlohmann::json recommendation_json(const Recommendation& rec) {
    nlohmann::json texts = nlohmann::json::array();
    for (const auto& text : rec.texts) texts.push_back({{"text", text.text}, {"states", text.state_codes}});
    nlohmann::json translations = nlohmann::json::array();
    for (const auto& t : rec.translations) translations.push_back({{"language", t.language}, {"text", t.text}});
    nlohmann::json labels = nlohmann::json::array();
    for (const auto& label : rec.labels) labels.push_back(label_json(label));
    return {{"id", rec.id},
            {"review_id", rec.review_id},
            {"paragraph", rec.paragraph},
            {"kind", to_string(rec.kind)},
            {"texts", texts},
            {"recommending_states", rec.recommending_states()},
            {"translations", translations},
            {"position", rec.position ? nlohmann::json(to_string(*rec.position)) : nlohmann::json(nullptr)},
            {"position_explanation", rec.position_explanation},
            {"labels", labels},
            {"source_document_id", optional_id(rec.source_document_id)},
            {"page", rec.page},
            {"cluster_id", optional_id(rec.cluster_id)},
            {"version", rec.version}};
}

nlohmann::json source_document_json(const SourceDocument& document) {
    return {{"id", document.id},
            {"symbol", document.symbol},
            {"kind", to_string(document.kind)},
            {"file_name", document.file_name},
            {"sha256", document.sha256},
            {"pages", document.pages},
            {"imported_at", document.imported_at}};
}

nlohmann::json statistics_json(const ReviewStatisticsRow& row, const StateDirectory& states) {
    const auto& c = row.counts;
    return {{"review_id", row.review.id},
            {"state", row.review.state_code},
            {"state_name", states.name_of(row.review.state_code)},
            {"mechanism", row.review.mechanism},
            {"cycle", row.review.cycle},
            {"session", row.review.session},
            {"recommendations", c.recommendations},
            {"recommending_states", c.recommending_states},
            {"supported", c.supported},
            {"noted", c.noted},
            {"partially_supported", c.partially_supported},
            {"pending", c.pending},
            {"without_position", c.without_position},
            {"voluntary_pledges", c.voluntary_pledges},
            {"acceptance_rate", percent(c.acceptance_rate())}};
}

nlohmann::json import_summary_json(const ImportSummary& summary, const StateDirectory& states) {
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& r : summary.reviews) {
        auto json = review_json(r.review, states);
        json["recommendations"] = r.recommendations;
        json["voluntary_pledges"] = r.voluntary_pledges;
        json["recommending_states"] = r.recommending_states;
        json["unmatched"] = r.unmatched;
        reviews.push_back(std::move(json));
    }
    nlohmann::json files = nlohmann::json::array();
    for (const auto& d : summary.documents) files.push_back(source_document_json(d));
    return {{"dry_run", summary.dry_run},
            {"files", files},
            {"rows", summary.rows},
            {"recommendations", summary.recommendations},
            {"voluntary_pledges", summary.voluntary_pledges},
            {"recommending_states", summary.recommending_states},
            {"positions", summary.positions},
            {"created", summary.created},
            {"updated", summary.updated},
            {"unchanged", summary.unchanged},
            {"unmatched", summary.unmatched},
            {"reviews", reviews}};
}

}  // namespace rectrack

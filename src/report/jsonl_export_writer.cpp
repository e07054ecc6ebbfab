#include "report/jsonl_export_writer.hpp"

#include <nlohmann/json.hpp>

namespace rectrack {

namespace {

nlohmann::json labels_json(const std::vector<Label>& labels) {
    nlohmann::json json = nlohmann::json::array();
    for (const auto& label : labels) {
        json.push_back({{"kind", to_string(label.kind)},
                        {"value", label.value},
                        {"provenance", to_string(label.provenance)},
                        {"confidence", label.confidence},
                        {"model_version", label.model_version}});
    }
    return json;
}

nlohmann::json source_json(const SourceDocument* source, int page) {
    if (source == nullptr) return nullptr;
    return {{"file_name", source->file_name}, {"symbol", source->symbol}, {"kind", to_string(source->kind)},
            {"sha256", source->sha256},       {"pages", source->pages},   {"page", page}};
}

}  // namespace

void JsonlExportWriter::write(const Review& review, const Recommendation& rec, const SourceDocument* source) {
    nlohmann::json texts = nlohmann::json::array();
    for (const auto& text : rec.texts) texts.push_back({{"text", text.text}, {"states", text.state_codes}});
    nlohmann::json translations = nlohmann::json::array();
    for (const auto& t : rec.translations) translations.push_back({{"language", t.language}, {"text", t.text}});
    const nlohmann::json line{
        {"review",
         {{"state", review.state_code},
          {"mechanism", review.mechanism},
          {"cycle", review.cycle},
          {"session", review.session},
          {"document_symbol", review.document_symbol},
          {"dialogue_date", review.dialogue_date},
          {"adoption_date", review.adoption_date}}},
        {"paragraph", rec.paragraph},
        {"source_key", rec.source_key},
        {"kind", to_string(rec.kind)},
        {"texts", texts},
        {"translations", translations},
        {"position", rec.position ? nlohmann::json(to_string(*rec.position)) : nlohmann::json(nullptr)},
        {"position_explanation", rec.position_explanation},
        {"labels", labels_json(rec.labels)},
        {"source", source_json(source, rec.page)}};
    out_ << line.dump() << '\n';
}

}  // namespace rectrack

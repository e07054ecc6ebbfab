#include "storage/sqlite/sqlite_recommendation_loader.hpp"

#include <unordered_map>

#include "storage/sqlite/sqlite_error.hpp"

namespace rectrack {

namespace {

// The page's ids as a JSON array, expanded by json_each: one statement serves any page size.
std::string id_array(const std::vector<Recommendation>& records) {
    std::string ids = "[";
    for (const auto& record : records) {
        if (ids.size() > 1) ids += ',';
        ids += std::to_string(record.id);
    }
    ids += ']';
    return ids;
}

}  // namespace

const std::string& SqliteRecommendationLoader::columns() {
    static const std::string names =
        "r.id, r.review_id, r.paragraph, r.source_key, r.kind, r.position, r.position_document_id, "
        "r.position_explanation, r.source_document_id, r.page, r.cluster_id, r.version";
    return names;
}

Recommendation SqliteRecommendationLoader::read_row(SqliteStatement& row) {
    Recommendation r;
    r.id = row.int64(0);
    r.review_id = row.int64(1);
    r.paragraph = row.text(2);
    r.source_key = row.text(3);
    r.kind = stored_value(recommendation_kind_from_string(row.text_view(4)), "recommendations.kind");
    if (!row.is_null(5)) r.position = stored_value(position_from_string(row.text_view(5)), "recommendations.position");
    r.position_document_id = row.optional_int64(6);
    r.position_explanation = row.text(7);
    r.source_document_id = row.optional_int64(8);
    r.page = row.integer(9);
    r.cluster_id = row.optional_int64(10);
    r.version = row.int64(11);
    return r;
}

void SqliteRecommendationLoader::load_children(std::vector<Recommendation>& records) {
    if (records.empty()) return;
    std::unordered_map<std::int64_t, Recommendation*> by_id;
    by_id.reserve(records.size());
    for (auto& record : records) by_id.emplace(record.id, &record);
    const std::string ids = id_array(records);
    const auto owner = [&](SqliteStatement& row) -> Recommendation* {
        const auto found = by_id.find(row.int64(0));
        return found == by_id.end() ? nullptr : found->second;
    };

    auto texts = db_.prepare(
        "SELECT recommendation_id, text FROM recommendation_texts "
        "WHERE recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY recommendation_id, ordinal");
    texts->bind_all(ids);
    while (texts->step()) {
        if (auto* r = owner(*texts)) r->texts.push_back(RecommendationText{texts->text(1), {}});
    }

    auto states = db_.prepare(
        "SELECT recommendation_id, text_ordinal, state_code FROM recommendation_text_states "
        "WHERE recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY recommendation_id, text_ordinal, "
        "ordinal");
    states->bind_all(ids);
    while (states->step()) {
        auto* r = owner(*states);
        const auto ordinal = static_cast<std::size_t>(states->int64(1));
        if (r != nullptr && ordinal < r->texts.size()) r->texts[ordinal].state_codes.push_back(states->text(2));
    }

    auto translations = db_.prepare(
        "SELECT recommendation_id, language, text FROM translations "
        "WHERE recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY recommendation_id, ordinal");
    translations->bind_all(ids);
    while (translations->step()) {
        if (auto* r = owner(*translations)) {
            r->translations.push_back(LocalizedText{translations->text(1), translations->text(2)});
        }
    }

    auto labels = db_.prepare(
        "SELECT recommendation_id, kind, value, provenance, confidence, model_version, source_document_id "
        "FROM labels WHERE recommendation_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY recommendation_id, kind, value");
    labels->bind_all(ids);
    while (labels->step()) {
        auto* r = owner(*labels);
        if (r == nullptr) continue;
        Label label;
        label.kind = stored_value(label_kind_from_string(labels->text_view(1)), "labels.kind");
        label.value = labels->text(2);
        label.provenance = stored_value(provenance_from_string(labels->text_view(3)), "labels.provenance");
        label.confidence = labels->real(4);
        label.model_version = labels->text(5);
        label.source_document_id = labels->optional_int64(6);
        r->labels.push_back(std::move(label));
    }
}

}  // namespace rectrack

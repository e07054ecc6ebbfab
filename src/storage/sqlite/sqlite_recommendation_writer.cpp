#include "storage/sqlite/sqlite_recommendation_writer.hpp"

namespace rectrack {

void SqliteRecommendationWriter::insert_texts(std::int64_t id, const std::vector<RecommendationText>& texts) {
    auto text_insert =
        db_.prepare("INSERT INTO recommendation_texts (recommendation_id, ordinal, text) VALUES (?, ?, ?)");
    auto state_insert = db_.prepare(
        "INSERT INTO recommendation_text_states (recommendation_id, text_ordinal, ordinal, state_code) "
        "VALUES (?, ?, ?, ?)");
    for (std::size_t t = 0; t < texts.size(); ++t) {
        text_insert->bind_all(id, static_cast<std::int64_t>(t), texts[t].text);
        text_insert->run();
        text_insert->reset();
        const auto& states = texts[t].state_codes;
        for (std::size_t s = 0; s < states.size(); ++s) {
            state_insert->bind_all(id, static_cast<std::int64_t>(t), static_cast<std::int64_t>(s), states[s]);
            state_insert->run();
            state_insert->reset();
        }
    }
}

void SqliteRecommendationWriter::insert_translations(std::int64_t id, const std::vector<LocalizedText>& translations) {
    auto insert =
        db_.prepare("INSERT INTO translations (recommendation_id, ordinal, language, text) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < translations.size(); ++i) {
        insert->bind_all(id, static_cast<std::int64_t>(i), translations[i].language, translations[i].text);
        insert->run();
        insert->reset();
    }
}

void SqliteRecommendationWriter::insert_labels(std::int64_t id, const std::vector<Label>& labels) {
    auto insert = db_.prepare(
        "INSERT INTO labels (recommendation_id, kind, value, provenance, confidence, model_version, "
        "source_document_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& label : labels) {
        insert->bind_all(id, to_string(label.kind), label.value, to_string(label.provenance), label.confidence,
                         label.model_version, label.source_document_id);
        insert->run();
        insert->reset();
    }
}

void SqliteRecommendationWriter::delete_texts_and_translations(std::int64_t id) {
    // States go with their texts through ON DELETE CASCADE.
    auto texts = db_.prepare("DELETE FROM recommendation_texts WHERE recommendation_id = ?");
    texts->bind_all(id);
    texts->run();
    auto translations = db_.prepare("DELETE FROM translations WHERE recommendation_id = ?");
    translations->bind_all(id);
    translations->run();
}

void SqliteRecommendationWriter::delete_imported_labels(std::int64_t id) {
    auto statement = db_.prepare("DELETE FROM labels WHERE recommendation_id = ? AND provenance = 'imported'");
    statement->bind_all(id);
    statement->run();
}

void SqliteRecommendationWriter::delete_all_labels(std::int64_t id) {
    auto statement = db_.prepare("DELETE FROM labels WHERE recommendation_id = ?");
    statement->bind_all(id);
    statement->run();
}

}  // namespace rectrack

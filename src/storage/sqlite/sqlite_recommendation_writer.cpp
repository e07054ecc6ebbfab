#include "storage/sqlite/sqlite_recommendation_writer.hpp"

#include <algorithm>
#include <string>

namespace rectrack {

namespace {

// Rows written by one statement: a few statements per recommendation cost less than one per row.
constexpr std::size_t max_rows_per_insert = 8;

// head followed by count copies of row, comma-separated; one cached statement per count.
std::string multi_row_insert(std::string_view head, std::string_view row, std::size_t count) {
    std::string sql(head);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) sql += ", ";
        sql += row;
    }
    return sql;
}

}  // namespace

void SqliteRecommendationWriter::insert_texts(std::int64_t id, const std::vector<RecommendationText>& texts) {
    auto text_insert =
        db_.prepare("INSERT INTO recommendation_texts (recommendation_id, ordinal, text) VALUES (?, ?, ?)");
    for (std::size_t t = 0; t < texts.size(); ++t) {
        text_insert->bind_all(id, static_cast<std::int64_t>(t), texts[t].text);
        text_insert->run();
        text_insert->reset();
        const auto& states = texts[t].state_codes;
        for (std::size_t first = 0; first < states.size(); first += max_rows_per_insert) {
            const std::size_t count = std::min(states.size() - first, max_rows_per_insert);
            auto state_insert = db_.prepare(multi_row_insert(
                "INSERT INTO recommendation_text_states (recommendation_id, text_ordinal, ordinal, state_code) VALUES ",
                "(?, ?, ?, ?)", count));
            int index = 1;
            for (std::size_t s = first; s < first + count; ++s) {
                state_insert->bind(index++, id);
                state_insert->bind(index++, static_cast<std::int64_t>(t));
                state_insert->bind(index++, static_cast<std::int64_t>(s));
                state_insert->bind(index++, states[s]);
            }
            state_insert->run();
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
    for (std::size_t first = 0; first < labels.size(); first += max_rows_per_insert) {
        const std::size_t count = std::min(labels.size() - first, max_rows_per_insert);
        auto insert = db_.prepare(multi_row_insert(
            "INSERT INTO labels (recommendation_id, kind, value, provenance, confidence, model_version, "
            "source_document_id) VALUES ",
            "(?, ?, ?, ?, ?, ?, ?)", count));
        int index = 1;
        for (std::size_t i = first; i < first + count; ++i) {
            const Label& label = labels[i];
            insert->bind(index++, id);
            insert->bind(index++, to_string(label.kind));
            insert->bind(index++, label.value);
            insert->bind(index++, to_string(label.provenance));
            insert->bind(index++, label.confidence);
            insert->bind(index++, label.model_version);
            insert->bind(index++, label.source_document_id);
        }
        insert->run();
    }
}

void SqliteRecommendationWriter::delete_texts_and_translations(std::int64_t id) {
    auto states = db_.prepare("DELETE FROM recommendation_text_states WHERE recommendation_id = ?");
    states->bind_all(id);
    states->run();
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

#pragma once

#include <cstdint>
#include <vector>

#include "domain/recommendation.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Writes the parts of a recommendation kept in their own tables, with cached statements.
class SqliteRecommendationWriter {
 public:
    explicit SqliteRecommendationWriter(SqliteDatabase& db) : db_(db) {}

    void insert_texts(std::int64_t id, const std::vector<RecommendationText>& texts);
    void insert_translations(std::int64_t id, const std::vector<LocalizedText>& translations);
    // Labels must be unique by (kind, value).
    void insert_labels(std::int64_t id, const std::vector<Label>& labels);
    // Removes texts, their states and translations.
    void delete_texts_and_translations(std::int64_t id);
    void delete_imported_labels(std::int64_t id);
    void delete_all_labels(std::int64_t id);

 private:
    SqliteDatabase& db_;
};

}  // namespace rectrack

#pragma once

#include <string>
#include <vector>

#include "domain/recommendation.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Reads recommendations: the row itself, then texts, states, translations and labels of a whole page at once,
// so a page costs five queries whatever its size.
class SqliteRecommendationLoader {
 public:
    explicit SqliteRecommendationLoader(SqliteDatabase& db) : db_(db) {}

    // The columns read_row expects, for a SELECT over `recommendations r`.
    static const std::string& columns();
    static Recommendation read_row(SqliteStatement& row);
    // Fills texts, translations and labels of records read by read_row.
    void load_children(std::vector<Recommendation>& records);

 private:
    SqliteDatabase& db_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/recommendation_filter.hpp"
#include "storage/sqlite/sqlite_statement.hpp"

namespace rectrack {

// The conditions of a RecommendationFilter over `recommendations r`, as SQL text with placeholders and the
// values to bind; the text depends only on which fields are set, so each shape is prepared once.
class SqliteRecommendationFilter {
 public:
    explicit SqliteRecommendationFilter(const RecommendationFilter& filter);

    // Conditions joined by AND, or "1" when the filter sets none.
    [[nodiscard]] const std::string& conditions() const { return conditions_; }
    // Binds the values from parameter first on; returns the next free parameter.
    int bind(SqliteStatement& statement, int first) const;

 private:
    void add(const char* condition, std::variant<std::int64_t, std::string> value);

    std::string conditions_;
    std::vector<std::variant<std::int64_t, std::string>> values_;
};

}  // namespace rectrack

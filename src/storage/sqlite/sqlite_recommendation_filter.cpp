#include "storage/sqlite/sqlite_recommendation_filter.hpp"

namespace rectrack {

SqliteRecommendationFilter::SqliteRecommendationFilter(const RecommendationFilter& filter) {
    if (filter.review_id) add("r.review_id = ?", *filter.review_id);
    if (filter.state_under_review) {
        add("r.review_id IN (SELECT id FROM reviews WHERE state_code = ?)", *filter.state_under_review);
    }
    if (filter.recommending_state) {
        add("r.id IN (SELECT recommendation_id FROM recommendation_text_states WHERE state_code = ?)",
            *filter.recommending_state);
    }
    if (filter.position) add("r.position = ?", std::string(to_string(*filter.position)));
    if (filter.kind) add("r.kind = ?", std::string(to_string(*filter.kind)));
    if (filter.issue) {
        add("r.id IN (SELECT recommendation_id FROM labels WHERE kind = 'issue' AND value = ?)", *filter.issue);
    }
    if (conditions_.empty()) conditions_.push_back('1');
}

void SqliteRecommendationFilter::add(const char* condition, std::variant<std::int64_t, std::string> value) {
    if (!conditions_.empty()) conditions_ += " AND ";
    conditions_ += condition;
    values_.push_back(std::move(value));
}

int SqliteRecommendationFilter::bind(SqliteStatement& statement, int first) const {
    int index = first;
    for (const auto& value : values_) {
        std::visit([&](const auto& v) { statement.bind(index, v); }, value);
        ++index;
    }
    return index;
}

}  // namespace rectrack

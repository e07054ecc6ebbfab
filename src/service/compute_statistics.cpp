#include "service/compute_statistics.hpp"

#include <map>

namespace rectrack {

Result<std::vector<ReviewStatisticsRow>> ComputeStatistics::run(const std::optional<std::string>& state_code) {
    auto reviews = store_.reviews().list();
    if (!reviews.ok()) return reviews.error();
    auto counts = store_.recommendations().statistics();
    if (!counts.ok()) return counts.error();
    std::map<std::int64_t, ReviewStatistics> by_review;
    for (const auto& c : *counts) by_review[c.review_id] = c;
    std::vector<ReviewStatisticsRow> rows;
    for (const auto& review : *reviews) {
        if (state_code && review.state_code != *state_code) continue;
        ReviewStatistics stats = by_review.count(review.id) ? by_review[review.id] : ReviewStatistics{review.id};
        rows.push_back({review, stats});
    }
    return rows;
}

}  // namespace rectrack

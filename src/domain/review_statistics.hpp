#pragma once

#include <cstdint>

#include "domain/review.hpp"

namespace rectrack {

// The counts a review is judged by; voluntary pledges are counted apart from recommendations.
struct ReviewStatistics {
    std::int64_t review_id = 0;
    std::int64_t recommendations = 0;
    std::int64_t recommending_states = 0;
    std::int64_t supported = 0;
    std::int64_t noted = 0;
    std::int64_t partially_supported = 0;
    std::int64_t pending = 0;
    std::int64_t without_position = 0;
    std::int64_t voluntary_pledges = 0;

    // Share of the recommendations the state supported, 0 when there are none: 182 of 227 is 0.8018.
    [[nodiscard]] double acceptance_rate() const {
        return recommendations == 0 ? 0.0 : static_cast<double>(supported) / static_cast<double>(recommendations);
    }
};

struct ReviewStatisticsRow {
    Review review;
    ReviewStatistics counts;
};

}  // namespace rectrack

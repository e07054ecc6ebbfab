#pragma once

#include <cstdint>

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
};

}  // namespace rectrack

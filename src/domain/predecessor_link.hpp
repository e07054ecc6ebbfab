#pragma once

#include <cstdint>

namespace rectrack {

// A recommendation of an earlier review of the same state that a recommendation repeats.
struct PredecessorLink {
    std::int64_t recommendation_id = 0;
    std::int64_t predecessor_id = 0;
    double similarity = 0;  // cosine of their weighted terms, 0 to 1
};

}  // namespace rectrack

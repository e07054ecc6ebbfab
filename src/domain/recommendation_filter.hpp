#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/position.hpp"
#include "domain/recommendation.hpp"

namespace rectrack {

// Which recommendations to list; results are ordered by review, then paragraph, then id.
struct RecommendationFilter {
    std::optional<std::int64_t> review_id;
    std::optional<std::string> state_under_review;  // ISO alpha-3
    std::optional<std::string> recommending_state;  // ISO alpha-3
    std::optional<Position> position;
    std::optional<RecommendationKind> kind;
    std::optional<std::string> issue;  // a label value of kind issue
    std::int64_t offset = 0;
    std::int64_t limit = 100;  // 0 means no limit
};

}  // namespace rectrack

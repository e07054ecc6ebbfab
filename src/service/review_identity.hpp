#pragma once

#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/review_repository.hpp"

namespace rectrack {

// What the user says of the review a file belongs to, overriding what the file itself says.
struct ReviewOverrides {
    std::optional<std::string> state_code;
    std::optional<int> cycle;
    std::optional<int> session;
};

// The review a parsed file belongs to: the overrides applied, then, when the file does not give the
// session (a State's addendum), the stored review it answers, found by the report's document symbol or,
// failing that, as the only review of that state, mechanism and cycle.
Result<Review> identify_review(ReviewRepository& reviews, Review parsed, const ReviewOverrides& overrides);

}  // namespace rectrack

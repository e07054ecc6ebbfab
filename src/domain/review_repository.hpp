#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/review.hpp"
#include "domain/upsert_outcome.hpp"

namespace rectrack {

class ReviewRepository {
 public:
    virtual ~ReviewRepository() = default;
    // Creates the review or fills in its empty fields; identity is (state, mechanism, cycle, session).
    virtual Result<Upserted> upsert(const Review& review) = 0;
    virtual Result<Review> get(std::int64_t id) = 0;
    virtual Result<std::optional<Review>> find(std::string_view state_code, std::string_view mechanism, int cycle,
                                               int session) = 0;
    // Ordered by state, mechanism, cycle, session.
    virtual Result<std::vector<Review>> list() = 0;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/progress_update.hpp"

namespace rectrack {

class ProgressRepository {
 public:
    virtual ~ProgressRepository() = default;
    virtual Result<ProgressUpdate> add(const ProgressUpdate& update) = 0;
    virtual Result<ProgressUpdate> get(std::int64_t id) = 0;
    // Oldest first.
    virtual Result<std::vector<ProgressUpdate>> for_recommendation(std::int64_t recommendation_id) = 0;
    // The updates on every recommendation of a review, oldest first.
    virtual Result<std::vector<ProgressUpdate>> for_review(std::int64_t review_id) = 0;
    // Saves the coordinator's review; a conflict error when update.version is stale.
    virtual Result<ProgressUpdate> update(const ProgressUpdate& update) = 0;
};

}  // namespace rectrack

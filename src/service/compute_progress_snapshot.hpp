#pragma once

#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "domain/progress_snapshot.hpp"
#include "domain/store.hpp"

namespace rectrack {

// The mid-term count of a review on a date (today when empty), recomputed from the progress history: by status,
// by lead institution and by issue.
class ComputeProgressSnapshot {
 public:
    explicit ComputeProgressSnapshot(Store& store) : store_(store) {}
    Result<ProgressSnapshot> run(std::int64_t review_id, const std::string& as_of);

 private:
    Store& store_;
};

}  // namespace rectrack

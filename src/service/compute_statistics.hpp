#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/review_statistics.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Per-review counts and acceptance rates, optionally for one state under review.
class ComputeStatistics {
 public:
    explicit ComputeStatistics(Store& store) : store_(store) {}
    Result<std::vector<ReviewStatisticsRow>> run(const std::optional<std::string>& state_code = std::nullopt);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct PlanDetail {
    Plan plan;
    std::vector<Assignment> assignments;
    std::vector<Activity> activities;
    std::vector<Indicator> indicators;
};

// A plan with everything it holds.
class ShowPlan {
 public:
    explicit ShowPlan(Store& store) : store_(store) {}
    Result<PlanDetail> run(std::int64_t id);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/activity.hpp"
#include "domain/assignment.hpp"
#include "domain/indicator.hpp"
#include "domain/plan.hpp"

namespace rectrack {

// Plans with their assignments, activities and indicators; updates check the version.
class PlanRepository {
 public:
    virtual ~PlanRepository() = default;
    virtual Result<Plan> create(const Plan& plan) = 0;
    virtual Result<Plan> get(std::int64_t id) = 0;
    virtual Result<std::vector<Plan>> list() = 0;
    virtual Result<Plan> update(const Plan& plan) = 0;

    virtual Result<Assignment> add_assignment(const Assignment& assignment) = 0;
    virtual Result<std::vector<Assignment>> assignments(std::int64_t plan_id) = 0;
    virtual Result<Assignment> update_assignment(const Assignment& assignment) = 0;
    virtual Result<Assignment> assignment(std::int64_t id) = 0;
    // Every plan's assignments of this recommendation (not those through a cluster), oldest first.
    virtual Result<std::vector<Assignment>> assignments_of_recommendation(std::int64_t recommendation_id) = 0;

    virtual Result<Activity> add_activity(const Activity& activity) = 0;
    virtual Result<std::vector<Activity>> activities(std::int64_t plan_id) = 0;
    virtual Result<Activity> update_activity(const Activity& activity) = 0;
    virtual Result<Activity> activity(std::int64_t id) = 0;

    virtual Result<Indicator> add_indicator(const Indicator& indicator) = 0;
    virtual Result<std::vector<Indicator>> indicators(std::int64_t plan_id) = 0;
    // Replaces definition, unit, baseline, target and values.
    virtual Result<Indicator> update_indicator(const Indicator& indicator) = 0;
    virtual Result<Indicator> indicator(std::int64_t id) = 0;
};

}  // namespace rectrack

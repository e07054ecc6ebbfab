#include "service/show_plan.hpp"

namespace rectrack {

Result<PlanDetail> ShowPlan::run(std::int64_t id) {
    auto plan = store_.plans().get(id);
    if (!plan.ok()) return plan.error();
    auto assignments = store_.plans().assignments(id);
    if (!assignments.ok()) return assignments.error();
    auto activities = store_.plans().activities(id);
    if (!activities.ok()) return activities.error();
    auto indicators = store_.plans().indicators(id);
    if (!indicators.ok()) return indicators.error();
    return PlanDetail{std::move(plan.value()), std::move(assignments.value()), std::move(activities.value()),
                      std::move(indicators.value())};
}

}  // namespace rectrack

#include "service/add_indicator.hpp"

#include "service/audit_log.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<Indicator> AddIndicator::run(const Actor& actor, const NewIndicator& request) {
    if (request.definition.empty()) return make_error(ErrorCode::invalid_input, "plan.no_definition");
    std::optional<Indicator> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto plan = store_.plans().get(request.plan_id);
        if (!plan.ok()) return plan.error();
        if (request.assignment_id) {
            auto assignment = store_.plans().assignment(*request.assignment_id);
            if (!assignment.ok()) return assignment.error();
            if (assignment->plan_id != plan->id) {
                return make_error(ErrorCode::invalid_input, "plan.other_plan")
                    .with("what", "assignment")
                    .with("id", std::to_string(assignment->id))
                    .with("plan", std::to_string(plan->id));
            }
        }
        Indicator indicator;
        indicator.plan_id = plan->id;
        indicator.assignment_id = request.assignment_id;
        indicator.definition = request.definition;
        indicator.unit = request.unit;
        indicator.baseline = request.baseline;
        indicator.target = request.target;
        auto stored = store_.plans().add_indicator(indicator);
        if (!stored.ok()) return stored.error();
        RECTRACK_TRY(record_change(store_, actor, "create", "indicator", stored->id, nullptr, indicator_json(*stored)));
        created = std::move(stored.value());
        return {};
    }));
    return std::move(*created);
}

}  // namespace rectrack

#include "service/add_activity.hpp"

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/iso_date.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<Activity> AddActivity::run(const Actor& actor, const NewActivity& request) {
    if (request.title.empty()) return make_error(ErrorCode::invalid_input, "plan.no_title");
    RECTRACK_TRY(check_date("deadline", request.deadline, false));
    if (request.budget < 0) {
        return make_error(ErrorCode::invalid_input, "plan.bad_budget").with("value", std::to_string(request.budget));
    }
    std::optional<Activity> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto plan = store_.plans().get(request.plan_id);
        if (!plan.ok()) return plan.error();
        Activity activity;
        activity.plan_id = plan->id;
        activity.title = request.title;
        activity.deadline = request.deadline;
        activity.budget = request.budget;
        activity.currency = request.currency;
        if (request.assignment_id) {
            auto assignment = store_.plans().assignment(*request.assignment_id);
            if (!assignment.ok()) return assignment.error();
            if (assignment->plan_id != plan->id) {
                return make_error(ErrorCode::invalid_input, "plan.other_plan")
                    .with("what", "assignment")
                    .with("id", std::to_string(assignment->id))
                    .with("plan", std::to_string(plan->id));
            }
            activity.assignment_id = assignment->id;
            activity.owner_institution_id = assignment->lead_institution_id;
        }
        if (!request.owner_code.empty()) {
            auto owner = active_institution(store_, request.owner_code);
            if (!owner.ok()) return owner.error();
            activity.owner_institution_id = owner->id;
        }
        auto stored = store_.plans().add_activity(activity);
        if (!stored.ok()) return stored.error();
        RECTRACK_TRY(record_change(store_, actor, "create", "activity", stored->id, nullptr, activity_json(*stored)));
        created = std::move(stored.value());
        return {};
    }));
    return std::move(*created);
}

}  // namespace rectrack

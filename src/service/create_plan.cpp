#include "service/create_plan.hpp"

#include <set>

#include "service/audit_log.hpp"
#include "service/iso_date.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

Status check_plan(const Plan& plan) {
    if (plan.name.empty()) return make_error(ErrorCode::invalid_input, "plan.no_name");
    RECTRACK_TRY(check_date("decision_date", plan.decision_date, true));
    RECTRACK_TRY(check_date("period_start", plan.period_start, true));
    RECTRACK_TRY(check_date("period_end", plan.period_end, true));
    if (!plan.period_start.empty() && !plan.period_end.empty() && plan.period_end < plan.period_start) {
        return make_error(ErrorCode::invalid_input, "plan.bad_period")
            .with("start", plan.period_start)
            .with("end", plan.period_end);
    }
    if (plan.review_ids.empty()) return make_error(ErrorCode::invalid_input, "plan.no_review");
    if (std::set(plan.review_ids.begin(), plan.review_ids.end()).size() != plan.review_ids.size()) {
        return make_error(ErrorCode::invalid_input, "plan.repeated_review");
    }
    return {};
}

}  // namespace

Result<Plan> CreatePlan::run(const Actor& actor, const Plan& plan) {
    RECTRACK_TRY(check_plan(plan));
    std::optional<Plan> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        for (const auto review_id : plan.review_ids) {
            auto review = store_.reviews().get(review_id);
            if (!review.ok()) return review.error();
        }
        auto stored = store_.plans().create(plan);
        if (!stored.ok()) return stored.error();
        RECTRACK_TRY(record_change(store_, actor, "create", "plan", stored->id, nullptr, plan_json(*stored)));
        created = std::move(stored.value());
        return {};
    }));
    return std::move(*created);
}

}  // namespace rectrack

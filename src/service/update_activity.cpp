#include "service/update_activity.hpp"

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/iso_date.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<Activity> UpdateActivity::run(const Actor& actor, std::int64_t id, std::optional<std::int64_t> expected_version,
                                     const ActivityChanges& changes) {
    if (changes.title && changes.title->empty()) return make_error(ErrorCode::invalid_input, "plan.no_title");
    if (changes.deadline) RECTRACK_TRY(check_date("deadline", *changes.deadline, false));
    if (changes.budget && *changes.budget < 0) {
        return make_error(ErrorCode::invalid_input, "plan.bad_budget").with("value", std::to_string(*changes.budget));
    }
    std::optional<Activity> saved;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto current = store_.plans().activity(id);
        if (!current.ok()) return current.error();
        Activity changed = *current;
        if (expected_version) changed.version = *expected_version;
        if (changes.title) changed.title = *changes.title;
        if (changes.deadline) changed.deadline = *changes.deadline;
        if (changes.budget) changed.budget = *changes.budget;
        if (changes.currency) changed.currency = *changes.currency;
        if (changes.status) changed.status = *changes.status;
        if (changes.owner_code) {
            auto owner = active_institution(store_, *changes.owner_code);
            if (!owner.ok()) return owner.error();
            changed.owner_institution_id = owner->id;
        }
        auto updated = store_.plans().update_activity(changed);
        if (!updated.ok()) return updated.error();
        RECTRACK_TRY(
            record_change(store_, actor, "update", "activity", id, activity_json(*current), activity_json(*updated)));
        saved = std::move(updated.value());
        return {};
    }));
    return std::move(*saved);
}

}  // namespace rectrack

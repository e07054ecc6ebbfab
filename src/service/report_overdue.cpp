#include "service/report_overdue.hpp"

#include <algorithm>
#include <set>

#include "service/iso_date.hpp"

namespace rectrack {

namespace {

// The latest update date per recommendation and institution among the plan's reviews.
using LastUpdates = std::map<std::pair<std::int64_t, std::int64_t>, std::string>;

}  // namespace

Status ReportOverdue::add_silent(const Plan& plan, const std::map<std::int64_t, std::string>& codes,
                                 OverdueReport& report) {
    LastUpdates last;
    for (const auto review_id : plan.review_ids) {
        auto updates = store_.progress().for_review(review_id);
        if (!updates.ok()) return updates.error();
        for (const auto& update : *updates) {
            auto& date = last[{update.recommendation_id, update.institution_id}];
            date = std::max(date, update.date);
        }
    }
    auto assignments = store_.plans().assignments(plan.id);
    if (!assignments.ok()) return assignments.error();
    for (const auto& assignment : *assignments) {
        if (!assignment.recommendation_id) continue;
        const auto found = last.find({*assignment.recommendation_id, assignment.lead_institution_id});
        const std::string last_update = found == last.end() ? std::string{} : found->second;
        const std::string since = last_update.empty() ? assignment.assigned_at.substr(0, 10) : last_update;
        const auto silent_days = days_between(since, report.as_of);
        if (silent_days <= report.days) continue;
        auto rec = store_.recommendations().get(*assignment.recommendation_id);
        if (!rec.ok()) return rec.error();
        const auto code = codes.find(assignment.lead_institution_id);
        report.institutions[code == codes.end() ? std::string{} : code->second].silent.push_back(
            SilentAssignment{plan.id, assignment.id, rec->id, rec->paragraph, last_update, silent_days});
    }
    return {};
}

Result<OverdueReport> ReportOverdue::run(const std::string& as_of, int days) {
    OverdueReport report;
    report.as_of = as_of.empty() ? utc_today() : as_of;
    report.days = days;
    RECTRACK_TRY(check_date("as_of", report.as_of, false));
    if (days < 0) return make_error(ErrorCode::invalid_input, "plan.bad_days").with("value", std::to_string(days));
    auto institutions = store_.institutions().list();
    if (!institutions.ok()) return institutions.error();
    std::map<std::int64_t, std::string> codes;
    for (const auto& institution : *institutions) codes.emplace(institution.id, institution.code);
    auto plans = store_.plans().list();
    if (!plans.ok()) return plans.error();
    for (const auto& plan : *plans) {
        auto activities = store_.plans().activities(plan.id);
        if (!activities.ok()) return activities.error();
        for (auto& activity : *activities) {
            const bool open =
                activity.status == ActivityStatus::planned || activity.status == ActivityStatus::in_progress;
            if (!open || activity.deadline.empty() || activity.deadline >= report.as_of) continue;
            const auto late = days_between(activity.deadline, report.as_of);
            const auto owner = activity.owner_institution_id ? codes.find(*activity.owner_institution_id) : codes.end();
            report.institutions[owner == codes.end() ? std::string{} : owner->second].activities.push_back(
                OverdueActivity{std::move(activity), late});
        }
        RECTRACK_TRY(add_silent(plan, codes, report));
    }
    return report;
}

}  // namespace rectrack

#include "service/compute_progress_snapshot.hpp"

#include <utility>

#include "service/iso_date.hpp"
#include "service/plan_leads.hpp"

namespace rectrack {

namespace {

bool counted(const Recommendation& rec, const std::map<std::int64_t, std::int64_t>& leads) {
    if (rec.kind != RecommendationKind::recommendation) return false;
    const bool supported = rec.position == Position::supported || rec.position == Position::partially_supported;
    return supported || leads.contains(rec.id);
}

}  // namespace

Result<ProgressSnapshot> ComputeProgressSnapshot::run(std::int64_t review_id, const std::string& as_of) {
    ProgressSnapshot snapshot;
    snapshot.review_id = review_id;
    snapshot.as_of = as_of.empty() ? utc_today() : as_of;
    RECTRACK_TRY(check_date("as_of", snapshot.as_of, false));
    auto review = store_.reviews().get(review_id);
    if (!review.ok()) return review.error();
    auto leads = lead_institutions(store_, review_id);
    if (!leads.ok()) return leads.error();
    auto updates = store_.progress().for_review(review_id);
    if (!updates.ok()) return updates.error();
    // The latest accepted update by its date, the later record breaking a tie.
    std::map<std::int64_t, std::pair<std::string, ImplementationStatus>> latest;
    for (const auto& update : *updates) {
        if (update.review != UpdateReview::accepted || update.date > snapshot.as_of) continue;
        auto& slot = latest[update.recommendation_id];
        if (slot.first.empty() || update.date >= slot.first) slot = {update.date, update.status};
    }
    auto institutions = store_.institutions().list();
    if (!institutions.ok()) return institutions.error();
    std::map<std::int64_t, std::string> codes;
    for (const auto& institution : *institutions) codes.emplace(institution.id, institution.code);

    RecommendationFilter filter;
    filter.review_id = review_id;
    filter.limit = 0;
    RECTRACK_TRY(store_.recommendations().for_each(filter, [&](const Recommendation& rec) {
        if (!counted(rec, *leads)) return true;
        auto status = ImplementationStatus::not_started;
        if (auto found = latest.find(rec.id); found != latest.end()) {
            status = found->second.second;
            ++snapshot.reported;
        }
        snapshot.overall.add(status);
        const auto lead = leads->find(rec.id);
        snapshot.by_institution[lead == leads->end() ? std::string{} : codes[lead->second]].add(status);
        for (const auto& label : rec.labels) {
            if (label.kind == LabelKind::issue) snapshot.by_issue[label.value].add(status);
        }
        return true;
    }));
    return snapshot;
}

}  // namespace rectrack

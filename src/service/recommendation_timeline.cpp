#include "service/recommendation_timeline.hpp"

#include <algorithm>

namespace rectrack {

Status RecommendationTimeline::collect(std::string_view entity, std::int64_t id, std::vector<AuditEvent>& events) {
    auto found = store_.audit().for_entity(entity, id);
    if (!found.ok()) return found.error();
    events.insert(events.end(), std::make_move_iterator(found->begin()), std::make_move_iterator(found->end()));
    return {};
}

Result<std::vector<AuditEvent>> RecommendationTimeline::run(std::int64_t recommendation_id) {
    auto rec = store_.recommendations().get(recommendation_id);
    if (!rec.ok()) return rec.error();
    std::vector<AuditEvent> events;
    RECTRACK_TRY(collect("recommendation", rec->id, events));
    auto assignments = store_.plans().assignments_of_recommendation(rec->id);
    if (!assignments.ok()) return assignments.error();
    for (const auto& assignment : *assignments) RECTRACK_TRY(collect("assignment", assignment.id, events));
    if (rec->cluster_id) {
        RECTRACK_TRY(collect("cluster", *rec->cluster_id, events));
        auto plans = store_.plans().list();
        if (!plans.ok()) return plans.error();
        for (const auto& plan : *plans) {
            auto all = store_.plans().assignments(plan.id);
            if (!all.ok()) return all.error();
            for (const auto& assignment : *all) {
                if (assignment.cluster_id == rec->cluster_id)
                    RECTRACK_TRY(collect("assignment", assignment.id, events));
            }
        }
    }
    auto updates = store_.progress().for_recommendation(rec->id);
    if (!updates.ok()) return updates.error();
    for (const auto& update : *updates) RECTRACK_TRY(collect("progress_update", update.id, events));
    std::sort(events.begin(), events.end(), [](const AuditEvent& a, const AuditEvent& b) { return a.id < b.id; });
    return events;
}

}  // namespace rectrack

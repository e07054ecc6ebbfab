#include "service/plan_leads.hpp"

#include <algorithm>

namespace rectrack {

Result<std::map<std::int64_t, std::int64_t>> lead_institutions(Store& store, std::int64_t review_id) {
    std::map<std::int64_t, std::int64_t> leads;
    std::map<std::int64_t, std::int64_t> cluster_leads;
    auto plans = store.plans().list();
    if (!plans.ok()) return plans.error();
    for (const auto& plan : *plans) {
        if (std::find(plan.review_ids.begin(), plan.review_ids.end(), review_id) == plan.review_ids.end()) continue;
        auto assignments = store.plans().assignments(plan.id);
        if (!assignments.ok()) return assignments.error();
        for (const auto& assignment : *assignments) {
            if (assignment.recommendation_id)
                leads.emplace(*assignment.recommendation_id, assignment.lead_institution_id);
            if (assignment.cluster_id) cluster_leads.emplace(*assignment.cluster_id, assignment.lead_institution_id);
        }
    }
    if (cluster_leads.empty()) return leads;
    RecommendationFilter filter;
    filter.review_id = review_id;
    filter.limit = 0;
    RECTRACK_TRY(store.recommendations().for_each(filter, [&](const Recommendation& rec) {
        if (!rec.cluster_id) return true;
        if (auto lead = cluster_leads.find(*rec.cluster_id); lead != cluster_leads.end()) {
            leads.emplace(rec.id, lead->second);
        }
        return true;
    }));
    return leads;
}

}  // namespace rectrack

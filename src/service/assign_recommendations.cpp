#include "service/assign_recommendations.hpp"

#include <algorithm>
#include <set>

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

bool follows(const Plan& plan, std::int64_t review_id) {
    return std::find(plan.review_ids.begin(), plan.review_ids.end(), review_id) != plan.review_ids.end();
}

Error outside_plan(const Plan& plan, std::string_view what, std::int64_t id) {
    return make_error(ErrorCode::invalid_input, "plan.outside_reviews")
        .with("plan", std::to_string(plan.id))
        .with("what", std::string(what))
        .with("id", std::to_string(id));
}

Status check_target(const AssignRequest& request) {
    const int targets = static_cast<int>(request.recommendation_id.has_value()) +
                        static_cast<int>(request.cluster_id.has_value()) + static_cast<int>(request.filter.has_value());
    if (targets != 1) return make_error(ErrorCode::invalid_input, "plan.assign_target");
    if (request.lead_code.empty()) return make_error(ErrorCode::invalid_input, "plan.no_lead");
    return {};
}

}  // namespace

Result<std::vector<std::int64_t>> AssignRecommendations::filtered(const Plan& plan,
                                                                  const RecommendationFilter& filter) {
    if (filter.review_id && !follows(plan, *filter.review_id)) return outside_plan(plan, "review", *filter.review_id);
    std::vector<std::int64_t> ids;
    for (const auto review_id : plan.review_ids) {
        if (filter.review_id && *filter.review_id != review_id) continue;
        RecommendationFilter within = filter;
        within.review_id = review_id;
        within.offset = 0;
        within.limit = 0;
        RECTRACK_TRY(store_.recommendations().for_each(within, [&](const Recommendation& rec) {
            ids.push_back(rec.id);
            return true;
        }));
    }
    return ids;
}

Result<AssignOutcome> AssignRecommendations::run(const Actor& actor, const AssignRequest& request) {
    RECTRACK_TRY(check_target(request));
    AssignOutcome outcome;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto plan = store_.plans().get(request.plan_id);
        if (!plan.ok()) return plan.error();
        Assignment assignment;
        assignment.plan_id = plan->id;
        auto lead = active_institution(store_, request.lead_code);
        if (!lead.ok()) return lead.error();
        assignment.lead_institution_id = lead->id;
        for (const auto& code : request.supporter_codes) {
            auto supporter = active_institution(store_, code);
            if (!supporter.ok()) return supporter.error();
            if (supporter->id == lead->id || std::count(assignment.supporting_institution_ids.begin(),
                                                        assignment.supporting_institution_ids.end(), supporter->id)) {
                return make_error(ErrorCode::invalid_input, "plan.repeated_institution").with("code", code);
            }
            assignment.supporting_institution_ids.push_back(supporter->id);
        }
        auto existing = store_.plans().assignments(plan->id);
        if (!existing.ok()) return existing.error();
        std::set<std::int64_t> assigned;
        std::set<std::int64_t> assigned_clusters;
        for (const auto& earlier : *existing) {
            if (earlier.recommendation_id) assigned.insert(*earlier.recommendation_id);
            if (earlier.cluster_id) assigned_clusters.insert(*earlier.cluster_id);
        }
        std::vector<Assignment> wanted;
        if (request.cluster_id) {
            auto cluster = store_.clusters().get(*request.cluster_id);
            if (!cluster.ok()) return cluster.error();
            if (!follows(*plan, cluster->review_id)) return outside_plan(*plan, "cluster", cluster->id);
            if (assigned_clusters.contains(cluster->id)) {
                return make_error(ErrorCode::conflict, "plan.already_assigned")
                    .with("what", "cluster")
                    .with("id", std::to_string(cluster->id));
            }
            assignment.cluster_id = cluster->id;
            wanted.push_back(assignment);
        } else if (request.recommendation_id) {
            auto rec = store_.recommendations().get(*request.recommendation_id);
            if (!rec.ok()) return rec.error();
            if (!follows(*plan, rec->review_id)) return outside_plan(*plan, "recommendation", rec->id);
            if (assigned.contains(rec->id)) {
                return make_error(ErrorCode::conflict, "plan.already_assigned")
                    .with("what", "recommendation")
                    .with("id", std::to_string(rec->id));
            }
            assignment.recommendation_id = rec->id;
            wanted.push_back(assignment);
        } else {
            auto ids = filtered(*plan, *request.filter);
            if (!ids.ok()) return ids.error();
            if (ids->empty()) return make_error(ErrorCode::not_found, "plan.nothing_matched");
            for (const auto id : *ids) {
                if (assigned.contains(id)) {
                    ++outcome.already_assigned;
                    continue;
                }
                assignment.recommendation_id = id;
                wanted.push_back(assignment);
            }
        }
        for (const auto& one : wanted) {
            auto created = store_.plans().add_assignment(one);
            if (!created.ok()) return created.error();
            RECTRACK_TRY(
                record_change(store_, actor, "create", "assignment", created->id, nullptr, assignment_json(*created)));
            outcome.created.push_back(std::move(created.value()));
        }
        return {};
    }));
    return outcome;
}

}  // namespace rectrack

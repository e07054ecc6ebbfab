#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/recommendation_filter.hpp"
#include "domain/store.hpp"

namespace rectrack {

// What to assign: exactly one of a recommendation, a cluster or a filter (e.g. supported ones of an issue).
struct AssignRequest {
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> recommendation_id;
    std::optional<std::int64_t> cluster_id;
    std::optional<RecommendationFilter> filter;
    std::string lead_code;
    std::vector<std::string> supporter_codes;
};

struct AssignOutcome {
    std::vector<Assignment> created;
    std::int64_t already_assigned = 0;  // matched by a filter but assigned under this plan before
};

// Gives recommendations of the plan's reviews to a lead institution and its supporters, in one transaction.
class AssignRecommendations {
 public:
    explicit AssignRecommendations(Store& store) : store_(store) {}
    Result<AssignOutcome> run(const Actor& actor, const AssignRequest& request);

 private:
    Result<std::vector<std::int64_t>> filtered(const Plan& plan, const RecommendationFilter& filter);
    Store& store_;
};

}  // namespace rectrack

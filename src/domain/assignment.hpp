#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rectrack {

// Who implements a recommendation or a whole cluster under a plan.
struct Assignment {
    std::int64_t id = 0;
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> recommendation_id;  // exactly one of recommendation or cluster
    std::optional<std::int64_t> cluster_id;
    std::int64_t lead_institution_id = 0;
    std::vector<std::int64_t> supporting_institution_ids;
    std::int64_t version = 0;
    std::string assigned_at;  // ISO 8601 UTC, set when stored
};

}  // namespace rectrack

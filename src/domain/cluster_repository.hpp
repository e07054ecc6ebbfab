#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/result.hpp"
#include "domain/cluster.hpp"
#include "domain/predecessor_link.hpp"

namespace rectrack {

class ClusterRepository {
 public:
    virtual ~ClusterRepository() = default;
    virtual Result<Cluster> create(const Cluster& cluster) = 0;
    virtual Result<Cluster> get(std::int64_t id) = 0;
    virtual Result<std::vector<Cluster>> for_review(std::int64_t review_id) = 0;
    virtual Result<Cluster> update(const Cluster& cluster) = 0;
    // Puts a recommendation in a cluster, or takes it out with nullopt.
    virtual Status place(std::int64_t recommendation_id, std::optional<std::int64_t> cluster_id) = 0;
    // Deletes a cluster; its members are left in none.
    virtual Status remove(std::int64_t id) = 0;
    // Replaces the links from the recommendations of a review to their predecessors in earlier reviews.
    virtual Status replace_predecessors(std::int64_t review_id, const std::vector<PredecessorLink>& links) = 0;
    // The links from the recommendations of a review, by recommendation then similarity, best first.
    virtual Result<std::vector<PredecessorLink>> predecessors(std::int64_t review_id) = 0;
};

}  // namespace rectrack

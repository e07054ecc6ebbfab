#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/result.hpp"
#include "domain/cluster.hpp"

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
};

}  // namespace rectrack

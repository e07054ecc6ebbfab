#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/cluster.hpp"
#include "domain/store.hpp"

namespace rectrack {

// A person's corrections to clustering: every cluster they touch is pinned, so that re-clustering the
// review keeps it with exactly the members they gave it. Each edit is one transaction.
class EditClusters {
 public:
    explicit EditClusters(Store& store) : store_(store) {}

    // Moves every member of from into into and deletes from; both must belong to one review.
    Result<Cluster> merge(std::int64_t into, std::int64_t from);
    // Moves the given members of a cluster into a new cluster of the same review.
    Result<Cluster> split(std::int64_t cluster_id, const std::vector<std::int64_t>& recommendation_ids);
    // Moves one recommendation into a cluster of its review; its former cluster is pinned too.
    Result<Cluster> move(std::int64_t recommendation_id, std::int64_t cluster_id);
    Result<Cluster> rename(std::int64_t cluster_id, const std::string& label);

 private:
    Result<Cluster> pin(std::int64_t cluster_id);

    Store& store_;
};

}  // namespace rectrack

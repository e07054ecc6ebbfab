#pragma once

#include <cstdint>

#include "common/result.hpp"
#include "domain/review_clusters.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Groups the recommendations of a review that ask for the same thing and links each to the
// recommendations of earlier reviews of the same state it repeats. Clusters a person edited are pinned
// and kept with their members; the others are made afresh. One transaction.
class ClusterReview {
 public:
    static constexpr std::size_t predecessors_per_recommendation = 3;

    explicit ClusterReview(Store& store) : store_(store) {}

    Result<ReviewClusters> run(std::int64_t review_id);

 private:
    Status link_predecessors(const Review& review, const std::vector<Recommendation>& recommendations);

    Store& store_;
};

// The clusters and predecessor links of a review as stored, without re-clustering.
class ShowClusters {
 public:
    explicit ShowClusters(Store& store) : store_(store) {}

    Result<ReviewClusters> run(std::int64_t review_id);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "domain/cluster.hpp"
#include "domain/predecessor_link.hpp"
#include "domain/recommendation.hpp"
#include "domain/review.hpp"

namespace rectrack {

// A recommendation of an earlier review that one of this review's recommendations repeats.
struct Predecessor {
    PredecessorLink link;
    Review review;
    std::string paragraph;
    std::string text;
};

// The clusters of one review with their members, and each recommendation's predecessors.
struct ReviewClusters {
    Review review;
    std::vector<Cluster> clusters;
    std::vector<Recommendation> recommendations;  // in paragraph order; cluster_id says where each belongs
    std::map<std::int64_t, std::vector<Predecessor>> predecessors;  // by recommendation id, most alike first
};

}  // namespace rectrack

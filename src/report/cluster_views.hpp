#pragma once

#include <nlohmann/json.hpp>

#include "domain/cluster.hpp"
#include "domain/label_suggestion.hpp"
#include "domain/review_clusters.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

nlohmann::json cluster_json(const Cluster& cluster);
// The review, its clusters with their members, the recommendations in no cluster, and for each
// recommendation that repeats earlier ones its predecessors and the first cycle it appeared in.
nlohmann::json review_clusters_json(const ReviewClusters& clusters, const StateDirectory& states);
nlohmann::json label_suggestion_json(const LabelSuggestion& suggestion);

}  // namespace rectrack

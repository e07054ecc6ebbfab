#include "report/cluster_views.hpp"

#include <algorithm>

#include "report/json_views.hpp"

namespace rectrack {

namespace {

std::string joined_text(const Recommendation& recommendation) {
    std::string text;
    for (const auto& part : recommendation.texts) text += (text.empty() ? "" : " / ") + part.text;
    return text;
}

nlohmann::json member_json(const Recommendation& recommendation) {
    return {{"id", recommendation.id}, {"paragraph", recommendation.paragraph}, {"text", joined_text(recommendation)}};
}

}  // namespace

nlohmann::json cluster_json(const Cluster& cluster) {
    return {{"id", cluster.id},
            {"review_id", cluster.review_id},
            {"label", cluster.label},
            {"pinned", cluster.pinned},
            {"version", cluster.version}};
}

nlohmann::json review_clusters_json(const ReviewClusters& clusters, const StateDirectory& states) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& cluster : clusters.clusters) {
        auto group = cluster_json(cluster);
        group["recommendations"] = nlohmann::json::array();
        for (const auto& recommendation : clusters.recommendations) {
            if (recommendation.cluster_id == cluster.id)
                group["recommendations"].push_back(member_json(recommendation));
        }
        groups.push_back(std::move(group));
    }
    nlohmann::json unclustered = nlohmann::json::array();
    nlohmann::json recurring = nlohmann::json::array();
    for (const auto& recommendation : clusters.recommendations) {
        if (!recommendation.cluster_id) unclustered.push_back(recommendation.id);
        const auto found = clusters.predecessors.find(recommendation.id);
        if (found == clusters.predecessors.end() || found->second.empty()) continue;
        nlohmann::json predecessors = nlohmann::json::array();
        int since = found->second.front().review.cycle;
        for (const auto& predecessor : found->second) {
            since = std::min(since, predecessor.review.cycle);
            predecessors.push_back({{"id", predecessor.link.predecessor_id},
                                    {"review_id", predecessor.review.id},
                                    {"cycle", predecessor.review.cycle},
                                    {"session", predecessor.review.session},
                                    {"paragraph", predecessor.paragraph},
                                    {"similarity", predecessor.link.similarity},
                                    {"text", predecessor.text}});
        }
        recurring.push_back({{"id", recommendation.id},
                             {"paragraph", recommendation.paragraph},
                             {"recurring_since_cycle", since},
                             {"predecessors", predecessors}});
    }
    return {{"review", review_json(clusters.review, states)},
            {"clusters", groups},
            {"unclustered", unclustered},
            {"recurring", recurring}};
}

nlohmann::json label_suggestion_json(const LabelSuggestion& suggestion) {
    return {{"recommendation_id", suggestion.recommendation_id},
            {"review_id", suggestion.review_id},
            {"paragraph", suggestion.paragraph},
            {"kind", to_string(suggestion.label.kind)},
            {"value", suggestion.label.value},
            {"confidence", suggestion.label.confidence},
            {"model_version", suggestion.label.model_version}};
}

}  // namespace rectrack

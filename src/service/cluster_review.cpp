#include "service/cluster_review.hpp"

#include <algorithm>
#include <unordered_map>

#include "nlp/recommendation_classifier.hpp"
#include "nlp/text_clusterer.hpp"

namespace rectrack {

namespace {

Result<std::vector<Recommendation>> recommendations_of(Store& store, std::int64_t review_id) {
    RecommendationFilter filter;
    filter.review_id = review_id;
    filter.kind = RecommendationKind::recommendation;
    filter.limit = 0;
    return store.recommendations().list(filter);
}

}  // namespace

Result<ReviewClusters> ClusterReview::run(std::int64_t review_id) {
    auto review = store_.reviews().get(review_id);
    if (!review.ok()) return review.error();
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto clusters = store_.clusters().for_review(review_id);
        if (!clusters.ok()) return clusters.error();
        for (const auto& cluster : *clusters) {
            if (!cluster.pinned) RECTRACK_TRY(store_.clusters().remove(cluster.id));
        }
        auto recommendations = recommendations_of(store_, review_id);
        if (!recommendations.ok()) return recommendations.error();
        // Members of pinned clusters stay where a person put them; the rest are grouped anew.
        std::vector<const Recommendation*> free;
        std::vector<std::string> texts;
        for (const auto& recommendation : *recommendations) {
            if (recommendation.cluster_id) continue;
            free.push_back(&recommendation);
            texts.push_back(recommendation_text(recommendation));
        }
        for (const auto& group : TextClusterer::cluster(texts)) {
            // One text of the most typical member reads better than several merged under its number.
            const auto label = short_label(free[group.representative]->texts.front().text);
            auto created = store_.clusters().create(Cluster{0, review_id, label, 0, false});
            if (!created.ok()) return created.error();
            for (const auto member : group.members)
                RECTRACK_TRY(store_.clusters().place(free[member]->id, created->id));
        }
        return link_predecessors(*review, *recommendations);
    }));
    return ShowClusters(store_).run(review_id);
}

Status ClusterReview::link_predecessors(const Review& review, const std::vector<Recommendation>& recommendations) {
    auto reviews = store_.reviews().list();
    if (!reviews.ok()) return reviews.error();
    std::vector<Recommendation> earlier;
    for (const auto& other : *reviews) {
        const bool is_earlier =
            other.cycle < review.cycle || (other.cycle == review.cycle && other.session < review.session);
        if (other.state_code != review.state_code || other.mechanism != review.mechanism || !is_earlier) continue;
        auto found = recommendations_of(store_, other.id);
        if (!found.ok()) return found.error();
        std::move(found->begin(), found->end(), std::back_inserter(earlier));
    }
    std::vector<PredecessorLink> links;
    if (!earlier.empty()) {
        std::vector<std::string> texts;
        std::vector<std::string> earlier_texts;
        texts.reserve(recommendations.size());
        earlier_texts.reserve(earlier.size());
        for (const auto& recommendation : recommendations) texts.push_back(recommendation_text(recommendation));
        for (const auto& recommendation : earlier) earlier_texts.push_back(recommendation_text(recommendation));
        const auto matches = TextClusterer::predecessors(texts, earlier_texts, predecessors_per_recommendation);
        for (std::size_t i = 0; i < matches.size(); ++i) {
            for (const auto& match : matches[i]) {
                links.push_back({recommendations[i].id, earlier[match.index].id, match.similarity});
            }
        }
    }
    return store_.clusters().replace_predecessors(review.id, links);
}

Result<ReviewClusters> ShowClusters::run(std::int64_t review_id) {
    ReviewClusters result;
    auto review = store_.reviews().get(review_id);
    if (!review.ok()) return review.error();
    result.review = std::move(review.value());
    auto clusters = store_.clusters().for_review(review_id);
    if (!clusters.ok()) return clusters.error();
    result.clusters = std::move(clusters.value());
    auto recommendations = recommendations_of(store_, review_id);
    if (!recommendations.ok()) return recommendations.error();
    result.recommendations = std::move(recommendations.value());
    auto links = store_.clusters().predecessors(review_id);
    if (!links.ok()) return links.error();
    std::unordered_map<std::int64_t, Review> reviews;
    for (const auto& link : *links) {
        auto predecessor = store_.recommendations().get(link.predecessor_id);
        if (!predecessor.ok()) return predecessor.error();
        auto [it, inserted] = reviews.try_emplace(predecessor->review_id);
        if (inserted) {
            auto earlier = store_.reviews().get(predecessor->review_id);
            if (!earlier.ok()) return earlier.error();
            it->second = std::move(earlier.value());
        }
        result.predecessors[link.recommendation_id].push_back(
            Predecessor{link, it->second, predecessor->paragraph, recommendation_text(*predecessor)});
    }
    return result;
}

}  // namespace rectrack

#include "service/edit_clusters.hpp"

#include <optional>

#include "nlp/recommendation_classifier.hpp"
#include "nlp/text_clusterer.hpp"

namespace rectrack {

namespace {

Error other_review(std::int64_t id, std::int64_t cluster_id) {
    return make_error(ErrorCode::invalid_input, "cluster.other_review")
        .with("id", std::to_string(id))
        .with("cluster", std::to_string(cluster_id));
}

}  // namespace

Result<Cluster> EditClusters::pin(std::int64_t cluster_id) {
    auto cluster = store_.clusters().get(cluster_id);
    if (!cluster.ok()) return cluster.error();
    if (cluster->pinned) return cluster;
    cluster->pinned = true;
    return store_.clusters().update(*cluster);
}

Result<Cluster> EditClusters::merge(std::int64_t into, std::int64_t from) {
    if (into == from) {
        return make_error(ErrorCode::invalid_input, "cluster.merge_itself").with("cluster", std::to_string(into));
    }
    std::optional<Cluster> merged;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto target = store_.clusters().get(into);
        if (!target.ok()) return target.error();
        auto source = store_.clusters().get(from);
        if (!source.ok()) return source.error();
        if (source->review_id != target->review_id) return other_review(from, into);
        RecommendationFilter filter;
        filter.review_id = source->review_id;
        filter.limit = 0;
        auto members = store_.recommendations().list(filter);
        if (!members.ok()) return members.error();
        for (const auto& member : *members) {
            if (member.cluster_id == from) RECTRACK_TRY(store_.clusters().place(member.id, into));
        }
        RECTRACK_TRY(store_.clusters().remove(from));
        auto pinned = pin(into);
        if (!pinned.ok()) return pinned.error();
        merged = std::move(pinned.value());
        return {};
    }));
    return *merged;
}

Result<Cluster> EditClusters::split(std::int64_t cluster_id, const std::vector<std::int64_t>& recommendation_ids) {
    if (recommendation_ids.empty()) return make_error(ErrorCode::invalid_input, "cluster.nothing_to_split");
    std::optional<Cluster> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto cluster = store_.clusters().get(cluster_id);
        if (!cluster.ok()) return cluster.error();
        std::vector<Recommendation> moving;
        for (const auto id : recommendation_ids) {
            auto recommendation = store_.recommendations().get(id);
            if (!recommendation.ok()) return recommendation.error();
            if (recommendation->cluster_id != cluster_id) {
                return make_error(ErrorCode::invalid_input, "cluster.not_member")
                    .with("id", std::to_string(id))
                    .with("cluster", std::to_string(cluster_id));
            }
            moving.push_back(std::move(recommendation.value()));
        }
        auto fresh = store_.clusters().create(
            Cluster{0, cluster->review_id, short_label(recommendation_text(moving.front())), 0, true});
        if (!fresh.ok()) return fresh.error();
        for (const auto& recommendation : moving) RECTRACK_TRY(store_.clusters().place(recommendation.id, fresh->id));
        auto pinned = pin(cluster_id);
        if (!pinned.ok()) return pinned.error();
        created = std::move(fresh.value());
        return {};
    }));
    return *created;
}

Result<Cluster> EditClusters::move(std::int64_t recommendation_id, std::int64_t cluster_id) {
    std::optional<Cluster> target;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto recommendation = store_.recommendations().get(recommendation_id);
        if (!recommendation.ok()) return recommendation.error();
        auto cluster = store_.clusters().get(cluster_id);
        if (!cluster.ok()) return cluster.error();
        if (cluster->review_id != recommendation->review_id) return other_review(recommendation_id, cluster_id);
        if (recommendation->cluster_id) {
            auto former = pin(*recommendation->cluster_id);
            if (!former.ok()) return former.error();
        }
        RECTRACK_TRY(store_.clusters().place(recommendation_id, cluster_id));
        auto pinned = pin(cluster_id);
        if (!pinned.ok()) return pinned.error();
        target = std::move(pinned.value());
        return {};
    }));
    return *target;
}

Result<Cluster> EditClusters::rename(std::int64_t cluster_id, const std::string& label) {
    if (label.empty()) return make_error(ErrorCode::invalid_input, "cluster.empty_label");
    auto cluster = store_.clusters().get(cluster_id);
    if (!cluster.ok()) return cluster.error();
    cluster->label = label;
    cluster->pinned = true;
    return store_.clusters().update(*cluster);
}

}  // namespace rectrack

#include "http/cluster_handlers.hpp"

#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "http/request_body.hpp"
#include "report/cluster_views.hpp"
#include "service/cluster_review.hpp"
#include "service/edit_clusters.hpp"

namespace rectrack {

namespace {

template <typename Service>
HttpResponse review_clusters(const ApiContext& context, const HttpRequest& request) {
    auto id = path_id(request, 0, "review");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto clusters = Service(**store).run(*id);
    if (!clusters.ok()) return error_response(clusters.error(), request, context.messages);
    return json_response(review_clusters_json(*clusters, context.states));
}

// An edit of the cluster in the path with what the body names; answers with the edited cluster.
template <typename Field, typename Edit>
HttpResponse edit_cluster(const ApiContext& context, const HttpRequest& request, Field field, Edit edit) {
    auto id = path_id(request, 0, "cluster");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto body = json_object_body(request);
    if (!body.ok()) return error_response(body.error(), request, context.messages);
    auto argument = field(*body);
    if (!argument.ok()) return error_response(argument.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    EditClusters edits(**store);
    auto cluster = edit(edits, *id, *argument);
    if (!cluster.ok()) return error_response(cluster.error(), request, context.messages);
    return json_response(cluster_json(*cluster));
}

}  // namespace

HttpResponse get_review_clusters(const ApiContext& context, const HttpRequest& request) {
    return review_clusters<ShowClusters>(context, request);
}

HttpResponse recluster_review(const ApiContext& context, const HttpRequest& request) {
    return review_clusters<ClusterReview>(context, request);
}

HttpResponse merge_clusters(const ApiContext& context, const HttpRequest& request) {
    return edit_cluster(
        context, request, [](const nlohmann::json& body) { return id_field(body, "from"); },
        [](EditClusters& edits, std::int64_t id, std::int64_t from) { return edits.merge(id, from); });
}

HttpResponse split_cluster(const ApiContext& context, const HttpRequest& request) {
    return edit_cluster(
        context, request, [](const nlohmann::json& body) { return id_list_field(body, "recommendations"); },
        [](EditClusters& edits, std::int64_t id, const std::vector<std::int64_t>& members) {
            return edits.split(id, members);
        });
}

HttpResponse move_into_cluster(const ApiContext& context, const HttpRequest& request) {
    return edit_cluster(
        context, request, [](const nlohmann::json& body) { return id_field(body, "recommendation"); },
        [](EditClusters& edits, std::int64_t id, std::int64_t recommendation) {
            return edits.move(recommendation, id);
        });
}

HttpResponse rename_cluster(const ApiContext& context, const HttpRequest& request) {
    return edit_cluster(
        context, request, [](const nlohmann::json& body) { return text_field(body, "label"); },
        [](EditClusters& edits, std::int64_t id, const std::string& label) { return edits.rename(id, label); });
}

}  // namespace rectrack

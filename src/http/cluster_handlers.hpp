#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/reviews/{id}/clusters: the stored clusters, members and predecessors of a review
HttpResponse get_review_clusters(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/reviews/{id}/clusters: clusters the review again, keeping the clusters people edited
HttpResponse recluster_review(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/clusters/{id}/merge {"from": id}
HttpResponse merge_clusters(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/clusters/{id}/split {"recommendations": [id, ...]}: those members go to a new cluster
HttpResponse split_cluster(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/clusters/{id}/move {"recommendation": id}: the recommendation joins this cluster
HttpResponse move_into_cluster(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/clusters/{id}/rename {"label": "..."}
HttpResponse rename_cluster(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/reviews
HttpResponse list_reviews(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/reviews/{id}: the review with its statistics
HttpResponse get_review(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/stats?state=
HttpResponse get_statistics(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

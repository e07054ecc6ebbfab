#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/recommendations?review=&state=&recommending_state=&position=&kind=&issue=&offset=&limit=
HttpResponse list_recommendations(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/recommendations/{id}
HttpResponse get_recommendation(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

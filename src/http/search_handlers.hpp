#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// True when a recommendations request asks for words, facets, an order or pages: the search answers it.
bool is_search_request(const HttpRequest& request);
HttpResponse search_recommendations(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/stats/breakdown?by=FACET[&q=...][&filters...]
HttpResponse get_breakdown(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/stats/cycles?state=S: one state's reviews side by side, cycle after cycle.
HttpResponse get_cycle_statistics(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

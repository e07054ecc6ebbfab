#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/suggestions?review=&offset=&limit=: labels models suggested, waiting for a person
HttpResponse list_suggestions(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/recommendations/{id}/suggestions/accept {"kind", "value"}: the suggestion becomes confirmed
HttpResponse accept_suggestion(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/recommendations/{id}/suggestions/reject {"kind", "value"}: deleted, never suggested again
HttpResponse reject_suggestion(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

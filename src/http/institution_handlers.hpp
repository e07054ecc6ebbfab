#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/institutions
HttpResponse list_institutions(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/institutions {code, names: {en, fr, vi}, parent}
HttpResponse add_institution(const ApiContext& context, const HttpRequest& request);
// PATCH /api/v1/institutions/{id} {version, names}: 409 with the current record when the version is stale
HttpResponse rename_institution(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/institutions/merge {from, into}
HttpResponse merge_institutions(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

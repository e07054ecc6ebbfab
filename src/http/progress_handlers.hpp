#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// POST /api/v1/recommendations/{id}/progress {institution, status, narratives {en, fr, vi}, date,
// evidence [{file_name, content_base64}]}
HttpResponse record_progress(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/recommendations/{id}/progress: every update, oldest first
HttpResponse list_progress(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/progress/{id}/review {version, decision: accept|return, comment}: 409 with the current update
HttpResponse review_progress(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/reviews/{id}/progress?as_of=YYYY-MM-DD: counts by status, institution and issue
HttpResponse progress_snapshot(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/overdue?days=&as_of=
HttpResponse overdue_report(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/recommendations/{id}/timeline
HttpResponse recommendation_timeline(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

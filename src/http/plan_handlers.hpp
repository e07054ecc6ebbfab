#pragma once

#include "http/api_context.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// GET /api/v1/plans
HttpResponse list_plans(const ApiContext& context, const HttpRequest& request);
// GET /api/v1/plans/{id}: with assignments, activities and indicators
HttpResponse get_plan(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/plans {name, review_ids, decision_number, decision_date, period_start, period_end}
HttpResponse create_plan(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/plans/{id}/assignments {recommendation_id | cluster_id | filter {review, state, recommending_state,
// position, kind, issue}, lead, supporters}
HttpResponse assign_recommendations(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/plans/{id}/activities {title, deadline, owner, assignment_id, budget, currency}
HttpResponse add_activity(const ApiContext& context, const HttpRequest& request);
// PATCH /api/v1/activities/{id} {version, title, owner, deadline, budget, currency, status}: 409 with the current
// activity when the version is stale
HttpResponse update_activity(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/plans/{id}/indicators {definition, unit, baseline, target, assignment_id}
HttpResponse add_indicator(const ApiContext& context, const HttpRequest& request);
// POST /api/v1/indicators/{id}/values {version, date, value}: 409 with the current indicator when stale
HttpResponse record_indicator_value(const ApiContext& context, const HttpRequest& request);

}  // namespace rectrack

#include "http/plan_handlers.hpp"

#include "http/failed_step.hpp"
#include "http/json_body.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "http/request_actor.hpp"
#include "service/add_activity.hpp"
#include "service/add_indicator.hpp"
#include "service/assign_recommendations.hpp"
#include "service/create_plan.hpp"
#include "service/list_plans.hpp"
#include "service/plan_json.hpp"
#include "service/record_indicator_value.hpp"
#include "service/show_plan.hpp"
#include "service/update_activity.hpp"

namespace rectrack {

namespace {

Result<RecommendationFilter> filter_of(const ApiContext& context, const nlohmann::json& json) {
    if (!json.is_object()) return bad_body("filter must be an object");
    RecommendationFilter filter;
    filter.limit = 0;
    for (const auto& [key, value] : json.items()) {
        if (key == "review" && value.is_number_integer()) {
            filter.review_id = value.get<std::int64_t>();
            continue;
        }
        if (!value.is_string()) return bad_body("filter." + key + " is not a known filter of the right type");
        const auto text = value.get<std::string>();
        if (key == "state" || key == "recommending_state") {
            auto state = context.states.resolve_code_or_name(text);
            if (!state.ok()) return bad_body("filter." + key + ": unknown state " += text);
            (key == "state" ? filter.state_under_review : filter.recommending_state) = (*state)->code;
        } else if (key == "position") {
            filter.position = position_from_string(text);
            if (!filter.position) return bad_body("filter.position: unknown position " + text);
        } else if (key == "kind") {
            filter.kind = recommendation_kind_from_string(text);
            if (!filter.kind) return bad_body("filter.kind: unknown kind " + text);
        } else if (key == "issue") {
            filter.issue = text;
        } else {
            return bad_body("filter." + key + " is not a known filter");
        }
    }
    return filter;
}

}  // namespace

HttpResponse list_plans(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto plans = ListPlans(**store).run();
    if (failed(plans, context, request, response)) return response;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& plan : *plans) items.push_back(plan_json(plan));
    return json_response({{"items", items}});
}

HttpResponse get_plan(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto id = path_id(request, 0, "plan");
    if (failed(id, context, request, response)) return response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto detail = ShowPlan(**store).run(*id);
    if (failed(detail, context, request, response)) return response;
    return json_response(plan_detail_json(*detail));
}

HttpResponse create_plan(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    Plan plan;
    auto name = body->required_text("name");
    if (failed(name, context, request, response)) return response;
    plan.name = *name;
    auto reviews = body->integers("review_ids");
    if (failed(reviews, context, request, response)) return response;
    plan.review_ids = *reviews;
    for (auto [field, target] :
         {std::pair{"decision_number", &plan.decision_number}, std::pair{"decision_date", &plan.decision_date},
          std::pair{"period_start", &plan.period_start}, std::pair{"period_end", &plan.period_end}}) {
        auto value = body->text(field);
        if (failed(value, context, request, response)) return response;
        *target = value->value_or("");
    }
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto created = CreatePlan(**store).run(request_actor(request), plan);
    if (failed(created, context, request, response)) return response;
    return json_response(plan_json(*created), 201);
}

HttpResponse assign_recommendations(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto plan_id = path_id(request, 0, "plan");
    if (failed(plan_id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    AssignRequest assign;
    assign.plan_id = *plan_id;
    auto rec = body->integer("recommendation_id");
    if (failed(rec, context, request, response)) return response;
    assign.recommendation_id = *rec;
    auto cluster = body->integer("cluster_id");
    if (failed(cluster, context, request, response)) return response;
    assign.cluster_id = *cluster;
    if (body->json().contains("filter")) {
        auto filter = filter_of(context, body->json().at("filter"));
        if (failed(filter, context, request, response)) return response;
        assign.filter = *filter;
    }
    auto lead = body->required_text("lead");
    if (failed(lead, context, request, response)) return response;
    assign.lead_code = *lead;
    auto supporters = body->texts("supporters");
    if (failed(supporters, context, request, response)) return response;
    assign.supporter_codes = *supporters;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto outcome = AssignRecommendations(**store).run(request_actor(request), assign);
    if (failed(outcome, context, request, response)) return response;
    nlohmann::json created = nlohmann::json::array();
    for (const auto& assignment : outcome->created) created.push_back(assignment_json(assignment));
    return json_response({{"assigned", outcome->created.size()},
                          {"already_assigned", outcome->already_assigned},
                          {"assignments", created}},
                         201);
}

HttpResponse add_activity(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto plan_id = path_id(request, 0, "plan");
    if (failed(plan_id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    NewActivity activity;
    activity.plan_id = *plan_id;
    auto title = body->required_text("title");
    if (failed(title, context, request, response)) return response;
    activity.title = *title;
    auto deadline = body->required_text("deadline");
    if (failed(deadline, context, request, response)) return response;
    activity.deadline = *deadline;
    auto owner = body->text("owner");
    if (failed(owner, context, request, response)) return response;
    activity.owner_code = owner->value_or("");
    auto assignment = body->integer("assignment_id");
    if (failed(assignment, context, request, response)) return response;
    activity.assignment_id = *assignment;
    auto budget = body->number("budget");
    if (failed(budget, context, request, response)) return response;
    activity.budget = budget->value_or(0);
    auto currency = body->text("currency");
    if (failed(currency, context, request, response)) return response;
    activity.currency = currency->value_or("");
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto created = AddActivity(**store).run(request_actor(request), activity);
    if (failed(created, context, request, response)) return response;
    return json_response(activity_json(*created), 201);
}

HttpResponse update_activity(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto id = path_id(request, 0, "activity");
    if (failed(id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    auto version = body->required_integer("version");
    if (failed(version, context, request, response)) return response;
    ActivityChanges changes;
    for (auto [field, target] : {std::pair{"title", &changes.title}, std::pair{"owner", &changes.owner_code},
                                 std::pair{"deadline", &changes.deadline}, std::pair{"currency", &changes.currency}}) {
        auto value = body->text(field);
        if (failed(value, context, request, response)) return response;
        *target = *value;
    }
    auto budget = body->number("budget");
    if (failed(budget, context, request, response)) return response;
    changes.budget = *budget;
    auto status = body->text("status");
    if (failed(status, context, request, response)) return response;
    if (status->has_value()) {
        changes.status = activity_status_from_string(**status);
        if (!changes.status) {
            return error_response(bad_body("status must be planned, in_progress, done or cancelled"), request,
                                  context.messages);
        }
    }
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto saved = UpdateActivity(**store).run(request_actor(request), *id, *version, changes);
    if (saved.ok()) return json_response(activity_json(*saved));
    if (saved.error().code != ErrorCode::conflict) return error_response(saved.error(), request, context.messages);
    auto current = (*store)->plans().activity(*id);
    if (failed(current, context, request, response)) return response;
    return conflict_response(saved.error(), activity_json(*current), request, context.messages);
}

HttpResponse add_indicator(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto plan_id = path_id(request, 0, "plan");
    if (failed(plan_id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    NewIndicator indicator;
    indicator.plan_id = *plan_id;
    auto definition = body->required_text("definition");
    if (failed(definition, context, request, response)) return response;
    indicator.definition = *definition;
    auto unit = body->text("unit");
    if (failed(unit, context, request, response)) return response;
    indicator.unit = unit->value_or("");
    auto baseline = body->number("baseline");
    if (failed(baseline, context, request, response)) return response;
    indicator.baseline = baseline->value_or(0);
    auto target = body->number("target");
    if (failed(target, context, request, response)) return response;
    indicator.target = target->value_or(0);
    auto assignment = body->integer("assignment_id");
    if (failed(assignment, context, request, response)) return response;
    indicator.assignment_id = *assignment;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto created = AddIndicator(**store).run(request_actor(request), indicator);
    if (failed(created, context, request, response)) return response;
    return json_response(indicator_json(*created), 201);
}

HttpResponse record_indicator_value(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto id = path_id(request, 0, "indicator");
    if (failed(id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    auto version = body->required_integer("version");
    if (failed(version, context, request, response)) return response;
    auto date = body->required_text("date");
    if (failed(date, context, request, response)) return response;
    auto value = body->number("value");
    if (failed(value, context, request, response)) return response;
    if (!value->has_value()) return error_response(bad_body("value is required"), request, context.messages);
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto saved =
        RecordIndicatorValue(**store).run(request_actor(request), *id, *version, IndicatorValue{*date, **value});
    if (saved.ok()) return json_response(indicator_json(*saved));
    if (saved.error().code != ErrorCode::conflict) return error_response(saved.error(), request, context.messages);
    auto current = (*store)->plans().indicator(*id);
    if (failed(current, context, request, response)) return response;
    return conflict_response(saved.error(), indicator_json(*current), request, context.messages);
}

}  // namespace rectrack

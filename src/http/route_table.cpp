#include "http/route_table.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <exception>

#include "http/cluster_handlers.hpp"
#include "http/institution_handlers.hpp"
#include "http/json_response.hpp"
#include "http/plan_handlers.hpp"
#include "http/progress_handlers.hpp"
#include "http/recommendation_handlers.hpp"
#include "http/review_handlers.hpp"
#include "http/search_handlers.hpp"
#include "http/suggestion_handlers.hpp"

namespace rectrack {

namespace {

using Handler = HttpResponse (*)(const ApiContext&, const HttpRequest&);

struct Route {
    const char* method;
    const char* pattern;
    Handler handler;
};

HttpResponse health(const ApiContext& /*context*/, const HttpRequest& /*request*/) {
    return json_response({{"status", "ok"}, {"service", "rectrack"}});
}

HttpResponse list_states(const ApiContext& context, const HttpRequest& /*request*/) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& state : context.states.all()) {
        items.push_back(
            {{"code", state.code}, {"name", state.name}, {"group", to_string(state.group)}, {"member", state.member}});
    }
    return json_response({{"items", items}});
}

constexpr std::array routes{
    Route{"GET", R"(/api/v1/health)", health},
    Route{"GET", R"(/api/v1/states)", list_states},
    Route{"GET", R"(/api/v1/reviews)", list_reviews},
    Route{"GET", R"(/api/v1/reviews/(\d+))", get_review},
    Route{"GET", R"(/api/v1/recommendations)", list_recommendations},
    Route{"GET", R"(/api/v1/recommendations/(\d+))", get_recommendation},
    Route{"GET", R"(/api/v1/stats)", get_statistics},
    Route{"GET", R"(/api/v1/institutions)", list_institutions},
    Route{"POST", R"(/api/v1/institutions)", add_institution},
    Route{"POST", R"(/api/v1/institutions/merge)", merge_institutions},
    Route{"PATCH", R"(/api/v1/institutions/(\d+))", rename_institution},
    Route{"GET", R"(/api/v1/plans)", list_plans},
    Route{"POST", R"(/api/v1/plans)", create_plan},
    Route{"GET", R"(/api/v1/plans/(\d+))", get_plan},
    Route{"POST", R"(/api/v1/plans/(\d+)/assignments)", assign_recommendations},
    Route{"POST", R"(/api/v1/plans/(\d+)/activities)", add_activity},
    Route{"PATCH", R"(/api/v1/activities/(\d+))", update_activity},
    Route{"POST", R"(/api/v1/plans/(\d+)/indicators)", add_indicator},
    Route{"POST", R"(/api/v1/indicators/(\d+)/values)", record_indicator_value},
    Route{"GET", R"(/api/v1/recommendations/(\d+)/progress)", list_progress},
    Route{"POST", R"(/api/v1/recommendations/(\d+)/progress)", record_progress},
    Route{"GET", R"(/api/v1/recommendations/(\d+)/timeline)", recommendation_timeline},
    Route{"POST", R"(/api/v1/progress/(\d+)/review)", review_progress},
    Route{"GET", R"(/api/v1/reviews/(\d+)/progress)", progress_snapshot},
    Route{"GET", R"(/api/v1/overdue)", overdue_report},
    Route{"GET", R"(/api/v1/stats/cycles)", get_cycle_statistics},
    Route{"GET", R"(/api/v1/stats/breakdown)", get_breakdown},
    Route{"GET", R"(/api/v1/suggestions)", list_suggestions},
    Route{"POST", R"(/api/v1/recommendations/(\d+)/suggestions/accept)", accept_suggestion},
    Route{"POST", R"(/api/v1/recommendations/(\d+)/suggestions/reject)", reject_suggestion},
    Route{"GET", R"(/api/v1/reviews/(\d+)/clusters)", get_review_clusters},
    Route{"POST", R"(/api/v1/reviews/(\d+)/clusters)", recluster_review},
    Route{"POST", R"(/api/v1/clusters/(\d+)/merge)", merge_clusters},
    Route{"POST", R"(/api/v1/clusters/(\d+)/split)", split_cluster},
    Route{"POST", R"(/api/v1/clusters/(\d+)/move)", move_into_cluster},
    Route{"POST", R"(/api/v1/clusters/(\d+)/rename)", rename_cluster},
};

// The edge's one catch-all: a bug in a handler becomes a logged 500, never a dropped connection.
HttpResponse guarded(const ApiContext& context, Handler handler, const HttpRequest& request) {
    try {
        return handler(context, request);
    } catch (const std::exception& e) {
        spdlog::error("{} {} failed: {}", request.method, request.path, e.what());
        return error_response(make_error(ErrorCode::internal, "request.internal"), request, context.messages);
    }
}

}  // namespace

void register_routes(HttpServer& server, const ApiContext& context) {
    for (const auto& route : routes) {
        server.add_route(route.method, route.pattern, [&context, handler = route.handler](const HttpRequest& request) {
            return guarded(context, handler, request);
        });
    }
    server.set_not_found([&context](const HttpRequest& request) {
        constexpr std::size_t shown = 200;
        return error_response(
            make_error(ErrorCode::not_found, "request.not_found").with("path", request.path.substr(0, shown)), request,
            context.messages);
    });
    server.set_too_long([&context](const HttpRequest& request) {
        return error_response(make_error(ErrorCode::invalid_input, "request.too_long"), request, context.messages);
    });
}

}  // namespace rectrack

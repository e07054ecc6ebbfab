#include "http/review_handlers.hpp"

#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "report/json_views.hpp"
#include "service/compute_statistics.hpp"
#include "service/list_reviews.hpp"

namespace rectrack {

HttpResponse list_reviews(const ApiContext& context, const HttpRequest& request) {
    auto params = QueryParams::of(request, {});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto reviews = ListReviews(**store).run();
    if (!reviews.ok()) return error_response(reviews.error(), request, context.messages);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& review : *reviews) items.push_back(review_json(review, context.states));
    return json_response({{"items", items}, {"total", items.size()}});
}

HttpResponse get_review(const ApiContext& context, const HttpRequest& request) {
    auto id = path_id(request, 0, "review");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto review = (*store)->reviews().get(*id);
    if (!review.ok()) return error_response(review.error(), request, context.messages);
    auto rows = ComputeStatistics(**store).run(review->state_code);
    if (!rows.ok()) return error_response(rows.error(), request, context.messages);
    auto json = review_json(*review, context.states);
    for (const auto& row : *rows) {
        if (row.review.id == review->id) json["statistics"] = statistics_json(row, context.states);
    }
    return json_response(json);
}

HttpResponse get_statistics(const ApiContext& context, const HttpRequest& request) {
    auto params = QueryParams::of(request, {"state"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto state_code = params->state_code("state", context.states);
    if (!state_code.ok()) return error_response(state_code.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto rows = ComputeStatistics(**store).run(*state_code);
    if (!rows.ok()) return error_response(rows.error(), request, context.messages);
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& row : *rows) reviews.push_back(statistics_json(row, context.states));
    return json_response({{"reviews", reviews}});
}

}  // namespace rectrack

#include "http/recommendation_handlers.hpp"

#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "http/search_handlers.hpp"
#include "report/json_views.hpp"
#include "service/list_recommendations.hpp"
#include "service/show_recommendation.hpp"

namespace rectrack {

namespace {

constexpr std::int64_t default_page_size = 50;

Result<RecommendationFilter> read_filter(const ApiContext& context, const QueryParams& params) {
    RecommendationFilter filter;
    auto review = params.integer("review");
    if (!review.ok()) return review.error();
    filter.review_id = *review;
    auto under_review = params.state_code("state", context.states);
    if (!under_review.ok()) return under_review.error();
    filter.state_under_review = *under_review;
    auto recommending = params.state_code("recommending_state", context.states);
    if (!recommending.ok()) return recommending.error();
    filter.recommending_state = *recommending;
    if (auto position = params.text("position")) {
        filter.position = position_from_string(*position);
        if (!filter.position) {
            return make_error(ErrorCode::invalid_input, "request.bad_parameter")
                .with("name", "position")
                .with("value", *position);
        }
    }
    if (auto kind = params.text("kind")) {
        filter.kind = recommendation_kind_from_string(*kind);
        if (!filter.kind) {
            return make_error(ErrorCode::invalid_input, "request.bad_parameter")
                .with("name", "kind")
                .with("value", *kind);
        }
    }
    filter.issue = params.text("issue");
    auto offset = params.integer("offset");
    if (!offset.ok()) return offset.error();
    filter.offset = offset->value_or(0);
    auto limit = params.integer("limit");
    if (!limit.ok()) return limit.error();
    filter.limit = limit->value_or(default_page_size);
    return filter;
}

}  // namespace

HttpResponse list_recommendations(const ApiContext& context, const HttpRequest& request) {
    if (is_search_request(request)) return search_recommendations(context, request);
    auto params = QueryParams::of(
        request, {"review", "state", "recommending_state", "position", "kind", "issue", "offset", "limit"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto filter = read_filter(context, *params);
    if (!filter.ok()) return error_response(filter.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto page = ListRecommendations(**store).run(*filter);
    if (!page.ok()) return error_response(page.error(), request, context.messages);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& rec : page->items) items.push_back(recommendation_json(rec));
    return json_response({{"items", items}, {"total", page->total}, {"offset", page->offset}, {"limit", page->limit}});
}

HttpResponse get_recommendation(const ApiContext& context, const HttpRequest& request) {
    auto id = path_id(request, 0, "recommendation");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto detail = ShowRecommendation(**store).run(*id);
    if (!detail.ok()) return error_response(detail.error(), request, context.messages);
    auto json = recommendation_json(detail->recommendation);
    json["review"] = review_json(detail->review, context.states);
    json["source"] = detail->source ? source_document_json(*detail->source) : nlohmann::json(nullptr);
    return json_response(json);
}

}  // namespace rectrack

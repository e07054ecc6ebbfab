#include "http/suggestion_handlers.hpp"

#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "http/request_body.hpp"
#include "report/cluster_views.hpp"
#include "service/review_suggestions.hpp"

namespace rectrack {

namespace {

constexpr std::int64_t default_page_size = 50;

// Accept or reject: the recommendation from the path, the label from the body.
HttpResponse decide(const ApiContext& context, const HttpRequest& request, bool accept) {
    auto id = path_id(request, 0, "recommendation");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto body = json_object_body(request);
    if (!body.ok()) return error_response(body.error(), request, context.messages);
    auto kind = text_field(*body, "kind");
    if (!kind.ok()) return error_response(kind.error(), request, context.messages);
    auto value = text_field(*body, "value");
    if (!value.ok()) return error_response(value.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    ReviewSuggestions suggestions(**store);
    auto done = accept ? suggestions.accept(*id, *kind, *value) : suggestions.reject(*id, *kind, *value);
    if (!done.ok()) return error_response(done.error(), request, context.messages);
    return json_response({{"recommendation_id", *id},
                          {"kind", *kind},
                          {"value", *value},
                          {"provenance", accept ? "confirmed" : "rejected"}});
}

}  // namespace

HttpResponse list_suggestions(const ApiContext& context, const HttpRequest& request) {
    auto params = QueryParams::of(request, {"review", "offset", "limit"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto review = params->integer("review");
    if (!review.ok()) return error_response(review.error(), request, context.messages);
    auto offset = params->integer("offset");
    if (!offset.ok()) return error_response(offset.error(), request, context.messages);
    auto limit = params->integer("limit");
    if (!limit.ok()) return error_response(limit.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto page = ReviewSuggestions(**store).list(*review, offset->value_or(0), limit->value_or(default_page_size));
    if (!page.ok()) return error_response(page.error(), request, context.messages);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& suggestion : page->items) items.push_back(label_suggestion_json(suggestion));
    return json_response({{"items", items}, {"total", page->total}, {"offset", page->offset}, {"limit", page->limit}});
}

HttpResponse accept_suggestion(const ApiContext& context, const HttpRequest& request) {
    return decide(context, request, true);
}

HttpResponse reject_suggestion(const ApiContext& context, const HttpRequest& request) {
    return decide(context, request, false);
}

}  // namespace rectrack

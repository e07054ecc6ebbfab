#include "http/search_handlers.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "report/json_views.hpp"
#include "report/search_json.hpp"
#include "service/compute_breakdown.hpp"
#include "service/compute_statistics.hpp"
#include "service/search_recommendations.hpp"

namespace rectrack {

namespace {

constexpr std::size_t shown = 80;  // a huge value is cut, not echoed whole
constexpr std::int64_t default_per_page = 20;

Error bad_parameter(std::string_view name, std::string_view value) {
    return make_error(ErrorCode::invalid_input, "request.bad_parameter")
        .with("name", std::string(name.substr(0, shown)))
        .with("value", std::string(value.substr(0, shown)));
}

Error missing_parameter(std::string_view name) {
    return make_error(ErrorCode::invalid_input, "request.missing_parameter").with("name", std::string(name));
}

// What a search request says besides its filters.
struct SearchParams {
    SearchQuery query;
    std::int64_t page = 1;
    std::int64_t per_page = default_per_page;
    std::string by;
};

Result<std::int64_t> integer(const std::string& name, const std::string& value) {
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc{} || end != value.data() + value.size()) return bad_parameter(name, value);
    return number;
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        if (comma > start) items.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

// Control parameters appear once; any other name is a facet to filter by, repeatable (values are alternatives).
Result<SearchParams> read_search_params(const ApiContext& context, const HttpRequest& request,
                                        const std::set<std::string>& control) {
    SearchParams params;
    for (const auto& [name, value] : request.query) {
        if (name == "lang") continue;
        if (control.count(name) > 0) {
            if (request.query.count(name) > 1) return bad_parameter(name, "given more than once");
            if (name == "q") {
                params.query.text = value;
            } else if (name == "facets") {
                params.query.facets = split_list(value);
            } else if (name == "sort") {
                params.query.sort = value;
            } else if (name == "by") {
                params.by = value;
            } else if (name == "page") {
                auto page = integer(name, value);
                if (!page.ok()) return page.error();
                params.page = *page;
            } else if (name == "per_page") {
                auto per_page = integer(name, value);
                if (!per_page.ok()) return per_page.error();
                params.per_page = *per_page;
            }
            continue;
        }
        if (!facet_from_string(name)) {
            return make_error(ErrorCode::invalid_input, "request.unknown_parameter")
                .with("name", name.substr(0, shown));
        }
        std::string filter_value = value;
        if (name == "state" || name == "recommending_state") {
            auto state = context.states.resolve_code_or_name(value);
            if (!state.ok()) return bad_parameter(name, value);
            filter_value = (*state)->code;
        }
        params.query.filters.emplace_back(name, filter_value);
    }
    return params;
}

Error no_index() { return make_error(ErrorCode::internal, "request.internal"); }

}  // namespace

bool is_search_request(const HttpRequest& request) {
    static const std::set<std::string> legacy{
        "review", "state", "recommending_state", "position", "kind", "issue", "offset", "limit", "lang"};
    return std::any_of(request.query.begin(), request.query.end(),
                       [](const auto& entry) { return legacy.count(entry.first) == 0; });
}

HttpResponse search_recommendations(const ApiContext& context, const HttpRequest& request) {
    if (context.search == nullptr) return error_response(no_index(), request, context.messages);
    auto params = read_search_params(context, request, {"q", "facets", "sort", "page", "per_page"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto page = SearchRecommendations(**store, *context.search).run(params->query, params->page, params->per_page);
    if (!page.ok()) return error_response(page.error(), request, context.messages);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& hit : page->result.hits) items.push_back(search_hit_json(hit, context.states));
    nlohmann::json body{
        {"items", items}, {"total", page->result.total}, {"page", page->page}, {"per_page", page->per_page}};
    if (!params->query.facets.empty()) body["facets"] = facet_counts_json(page->result.facets);
    return json_response(body);
}

HttpResponse get_breakdown(const ApiContext& context, const HttpRequest& request) {
    if (context.search == nullptr) return error_response(no_index(), request, context.messages);
    auto params = read_search_params(context, request, {"q", "by"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    if (params->by.empty()) return error_response(missing_parameter("by"), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto rows = ComputeBreakdown(**store, *context.search).run(params->by, params->query);
    if (!rows.ok()) return error_response(rows.error(), request, context.messages);
    return json_response({{"by", params->by}, {"rows", breakdown_json(*rows)}});
}

HttpResponse get_cycle_statistics(const ApiContext& context, const HttpRequest& request) {
    auto params = QueryParams::of(request, {"state"});
    if (!params.ok()) return error_response(params.error(), request, context.messages);
    auto state_code = params->state_code("state", context.states);
    if (!state_code.ok()) return error_response(state_code.error(), request, context.messages);
    if (!*state_code) return error_response(missing_parameter("state"), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto rows = ComputeStatistics(**store).run(*state_code);
    if (!rows.ok()) return error_response(rows.error(), request, context.messages);
    std::stable_sort(rows->begin(), rows->end(), [](const auto& a, const auto& c) {
        if (a.review.mechanism != c.review.mechanism) return a.review.mechanism < c.review.mechanism;
        if (a.review.cycle != c.review.cycle) return a.review.cycle < c.review.cycle;
        return a.review.session < c.review.session;
    });
    nlohmann::json cycles = nlohmann::json::array();
    for (const auto& row : *rows) cycles.push_back(statistics_json(row, context.states));
    return json_response(
        {{"state", **state_code}, {"state_name", context.states.name_of(**state_code)}, {"cycles", cycles}});
}

}  // namespace rectrack

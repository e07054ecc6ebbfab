#include "service/search_recommendations.hpp"

#include <string>

namespace rectrack {

Result<SearchPage> SearchRecommendations::run(SearchQuery query, std::int64_t page, std::int64_t per_page) {
    const std::int64_t max_page = SearchIndex::max_window / max_per_page;
    if (page < 1 || page > max_page) {
        return make_error(ErrorCode::invalid_input, "search.bad_page")
            .with("value", std::to_string(page))
            .with("max", std::to_string(max_page));
    }
    if (per_page < 1 || per_page > max_per_page) {
        return make_error(ErrorCode::invalid_input, "search.bad_per_page")
            .with("value", std::to_string(per_page))
            .with("max", std::to_string(max_per_page));
    }
    query.offset = (page - 1) * per_page;
    query.limit = per_page;
    RECTRACK_TRY(index_.catch_up(store_.search_feed()));
    auto result = index_.search(query);
    if (!result.ok()) return result.error();
    if (page > 1 && query.offset >= result->total) {
        const std::int64_t last = result->total == 0 ? 1 : (result->total + per_page - 1) / per_page;
        return make_error(ErrorCode::invalid_input, "search.page_beyond_end")
            .with("page", std::to_string(page))
            .with("last", std::to_string(last))
            .with("total", std::to_string(result->total));
    }
    return SearchPage{std::move(*result), page, per_page};
}

}  // namespace rectrack

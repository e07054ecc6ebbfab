#include "service/list_recommendations.hpp"

#include <string>

namespace rectrack {

Result<RecommendationPage> ListRecommendations::run(const RecommendationFilter& filter) {
    if (filter.offset < 0) {
        return make_error(ErrorCode::invalid_input, "request.bad_offset").with("value", std::to_string(filter.offset));
    }
    if (filter.limit < 1 || filter.limit > max_page_size) {
        return make_error(ErrorCode::invalid_input, "request.bad_limit")
            .with("value", std::to_string(filter.limit))
            .with("max", std::to_string(max_page_size));
    }
    auto total = store_.recommendations().count(filter);
    if (!total.ok()) return total.error();
    auto items = store_.recommendations().list(filter);
    if (!items.ok()) return items.error();
    return RecommendationPage{std::move(items.value()), *total, filter.offset, filter.limit};
}

}  // namespace rectrack

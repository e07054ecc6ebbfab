#include "service/review_suggestions.hpp"

namespace rectrack {

namespace {

Result<LabelKind> kind_named(const std::string& kind) {
    if (auto parsed = label_kind_from_string(kind)) return *parsed;
    return make_error(ErrorCode::invalid_input, "request.bad_parameter").with("name", "kind").with("value", kind);
}

}  // namespace

Result<SuggestionPage> ReviewSuggestions::list(std::optional<std::int64_t> review_id, std::int64_t offset,
                                               std::int64_t limit) {
    if (limit < 1 || limit > max_page_size) {
        return make_error(ErrorCode::invalid_input, "request.bad_limit")
            .with("value", std::to_string(limit))
            .with("max", std::to_string(max_page_size));
    }
    if (offset < 0) {
        return make_error(ErrorCode::invalid_input, "request.bad_parameter")
            .with("name", "offset")
            .with("value", std::to_string(offset));
    }
    if (review_id) {
        auto review = store_.reviews().get(*review_id);
        if (!review.ok()) return review.error();
    }
    SuggestionPage page;
    page.offset = offset;
    page.limit = limit;
    auto items = store_.labels().suggestions(review_id, offset, limit);
    if (!items.ok()) return items.error();
    page.items = std::move(items.value());
    auto total = store_.labels().count_suggestions(review_id);
    if (!total.ok()) return total.error();
    page.total = *total;
    return page;
}

Status ReviewSuggestions::accept(std::int64_t recommendation_id, const std::string& kind, const std::string& value) {
    auto parsed = kind_named(kind);
    if (!parsed.ok()) return parsed.error();
    return store_.labels().accept(recommendation_id, *parsed, value);
}

Status ReviewSuggestions::reject(std::int64_t recommendation_id, const std::string& kind, const std::string& value) {
    auto parsed = kind_named(kind);
    if (!parsed.ok()) return parsed.error();
    return store_.labels().reject(recommendation_id, *parsed, value);
}

}  // namespace rectrack

#include "filter_options.hpp"

#include "command_context.hpp"

namespace rectrack {

void FilterOptions::add_to(CLI::App& command) {
    command.add_option("--review", review, "review id");
    command.add_option("--state", state, "state under review (name or ISO code)");
    command.add_option("--from", recommending_state, "recommending state (name or ISO code)");
    command.add_option("--position", position, "supported, noted, partially_supported or pending");
    command.add_option("--kind", kind, "recommendation or voluntary_pledge");
    command.add_option("--issue", issue, "UPR Info issue, e.g. \"Torture and other CID treatment\"");
}

Result<RecommendationFilter> FilterOptions::to_filter() const {
    RecommendationFilter filter;
    if (review > 0) filter.review_id = review;
    if (!state.empty()) {
        auto code = state_code_argument(state);
        if (!code.ok()) return code.error();
        filter.state_under_review = *code;
    }
    if (!recommending_state.empty()) {
        auto code = state_code_argument(recommending_state);
        if (!code.ok()) return code.error();
        filter.recommending_state = *code;
    }
    if (!position.empty()) {
        filter.position = position_from_string(position);
        if (!filter.position) {
            return make_error(ErrorCode::invalid_input, "request.bad_parameter")
                .with("name", "position")
                .with("value", position);
        }
    }
    if (!kind.empty()) {
        filter.kind = recommendation_kind_from_string(kind);
        if (!filter.kind) {
            return make_error(ErrorCode::invalid_input, "request.bad_parameter")
                .with("name", "kind")
                .with("value", kind);
        }
    }
    if (!issue.empty()) filter.issue = issue;
    return filter;
}

}  // namespace rectrack

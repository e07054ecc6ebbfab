#include "service/compute_breakdown.hpp"

namespace rectrack {

Result<std::vector<BreakdownRow>> ComputeBreakdown::run(const std::string& by, const SearchQuery& scope) {
    const auto facet = facet_from_string(by);
    if (!facet) {
        return make_error(ErrorCode::invalid_input, "search.unknown_facet")
            .with("name", by.substr(0, 80))
            .with("known", facet_names());
    }
    RECTRACK_TRY(index_.catch_up(store_.search_feed()));
    return index_.breakdown(*facet, scope);
}

}  // namespace rectrack

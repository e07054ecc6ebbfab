#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/state_directory.hpp"
#include "search/search_query.hpp"

namespace rectrack {

nlohmann::json search_hit_json(const SearchHit& hit, const StateDirectory& states);
// {"position": [{"value": "supported", "count": 182}, ...], ...}
nlohmann::json facet_counts_json(const std::vector<FacetCounts>& facets);
nlohmann::json breakdown_json(const std::vector<BreakdownRow>& rows);

}  // namespace rectrack

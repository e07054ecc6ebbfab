#include "report/search_json.hpp"

#include <cmath>

namespace rectrack {

namespace {

double percent(double share) {
    constexpr double tenths = 1000.0;
    return std::round(share * tenths) / 10.0;
}

double rounded_score(double score) {
    constexpr double scale = 10000.0;
    return std::round(score * scale) / scale;
}

}  // namespace

nlohmann::json search_hit_json(const SearchHit& hit, const StateDirectory& states) {
    return {{"id", hit.id},
            {"review_id", hit.review_id},
            {"paragraph", hit.paragraph},
            {"state", hit.state_code},
            {"state_name", states.name_of(hit.state_code)},
            {"mechanism", hit.mechanism},
            {"cycle", hit.cycle},
            {"kind", hit.kind},
            {"position", hit.position ? nlohmann::json(*hit.position) : nlohmann::json(nullptr)},
            {"recommending_states", hit.recommending_states},
            {"score", rounded_score(hit.score)},
            {"snippet", hit.snippet}};
}

nlohmann::json facet_counts_json(const std::vector<FacetCounts>& facets) {
    nlohmann::json json = nlohmann::json::object();
    for (const auto& facet : facets) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& value : facet.values) values.push_back({{"value", value.value}, {"count", value.count}});
        json[facet.facet] = values;
    }
    return json;
}

nlohmann::json breakdown_json(const std::vector<BreakdownRow>& rows) {
    nlohmann::json json = nlohmann::json::array();
    for (const auto& row : rows) {
        json.push_back({{"value", row.value},
                        {"recommendations", row.recommendations},
                        {"supported", row.supported},
                        {"noted", row.noted},
                        {"partially_supported", row.partially_supported},
                        {"pending", row.pending},
                        {"without_position", row.without_position},
                        {"acceptance_rate", percent(row.acceptance_rate())}});
    }
    return json;
}

}  // namespace rectrack

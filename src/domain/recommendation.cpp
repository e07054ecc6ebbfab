#include "domain/recommendation.hpp"

#include <algorithm>

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names = enum_names(std::pair{RecommendationKind::recommendation, "recommendation"},
                                  std::pair{RecommendationKind::voluntary_pledge, "voluntary_pledge"});
}

std::string_view to_string(RecommendationKind kind) { return names.name(kind); }
std::optional<RecommendationKind> recommendation_kind_from_string(std::string_view text) { return names.parse(text); }

std::vector<std::string> Recommendation::recommending_states() const {
    std::vector<std::string> states;
    for (const auto& part : texts) {
        for (const auto& code : part.state_codes) {
            if (std::find(states.begin(), states.end(), code) == states.end()) states.push_back(code);
        }
    }
    return states;
}

}  // namespace rectrack

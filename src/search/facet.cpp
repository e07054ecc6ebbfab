#include "search/facet.hpp"

namespace rectrack {

namespace {

constexpr std::array<std::string_view, facet_count> names{
    "mechanism", "state", "review", "cycle",          "recommending_state", "regional_group", "position",       "kind",
    "issue",     "theme", "sdg",    "affected_group", "action_category",    "institution",    "progress_status"};

}  // namespace

std::string_view to_string(Facet facet) { return names.at(static_cast<std::size_t>(facet)); }

std::optional<Facet> facet_from_string(std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) return static_cast<Facet>(i);
    }
    return std::nullopt;
}

std::string facet_names() {
    std::string joined;
    for (const auto name : names) {
        if (!joined.empty()) joined += ", ";
        joined += name;
    }
    return joined;
}

}  // namespace rectrack

#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace rectrack {

// What search results can be counted and filtered by.
enum class Facet {
    mechanism,
    state,  // state under review
    review,
    cycle,
    recommending_state,
    regional_group,  // of the recommending states
    position,
    kind,
    issue,
    theme,
    sdg,
    affected_group,
    action_category,
    institution,      // lead or supporting institution of an assignment
    progress_status,  // of the last accepted progress update
};

inline constexpr std::size_t facet_count = 15;

std::string_view to_string(Facet facet);
std::optional<Facet> facet_from_string(std::string_view name);
// Every facet name, comma separated, for messages.
std::string facet_names();

}  // namespace rectrack

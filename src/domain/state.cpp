#include "domain/state.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names = enum_names(
    std::pair{RegionalGroup::african, "African"}, std::pair{RegionalGroup::asia_pacific, "Asia-Pacific"},
    std::pair{RegionalGroup::eastern_european, "Eastern European"}, std::pair{RegionalGroup::grulac, "GRULAC"},
    std::pair{RegionalGroup::weog, "WEOG"}, std::pair{RegionalGroup::observer, "Observer"});
}

std::string_view to_string(RegionalGroup group) { return names.name(group); }
std::optional<RegionalGroup> regional_group_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack

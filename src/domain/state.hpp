#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// The five UN regional groups, plus observers (Holy See, State of Palestine) that belong to none.
enum class RegionalGroup { african, asia_pacific, eastern_european, grulac, weog, observer };

std::string_view to_string(RegionalGroup group);
std::optional<RegionalGroup> regional_group_from_string(std::string_view text);

// A UN member or observer state, identified by its ISO 3166-1 alpha-3 code.
struct State {
    std::string code;    // ISO 3166-1 alpha-3, e.g. VNM
    std::string alpha2;  // ISO 3166-1 alpha-2, e.g. VN
    std::string name;    // the UN's short name, e.g. Viet Nam
    RegionalGroup group = RegionalGroup::observer;
    bool member = true;                // false for observer states
    std::vector<std::string> aliases;  // other spellings used by UN documents and UPR Info
};

}  // namespace rectrack

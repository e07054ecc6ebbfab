#pragma once

#include <optional>
#include <string_view>

namespace rectrack {

// What the state under review said of a recommendation.
enum class Position { supported, noted, partially_supported, pending };

std::string_view to_string(Position position);
std::optional<Position> position_from_string(std::string_view text);

}  // namespace rectrack

#pragma once

#include <optional>
#include <string_view>

#include "domain/position.hpp"

namespace rectrack {

// The position a report paragraph's chapeau gives the recommendations listed under it: "enjoy the
// support" and "already implemented" are supported, "will be examined" pending, "noted" or "did not
// enjoy the support" noted. Empty when the chapeau says none of these.
std::optional<Position> chapeau_position(std::string_view chapeau);

}  // namespace rectrack

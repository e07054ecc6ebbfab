#pragma once

#include <optional>
#include <string_view>

#include "domain/position.hpp"

namespace rectrack {

// The position an OHCHR list or matrix prints for a recommendation: "Supported", "Noted" (also the
// older "Accepted", "Rejected", "Not accepted"), "Pending", and "Supported/Noted" or "Partially supported"
// for partial support. nullopt for an empty cell; an error value is the caller's to raise for other text.
struct ListedPosition {
    std::optional<Position> position;
    bool recognised = true;

    static ListedPosition read(std::string_view cell_text);
};

}  // namespace rectrack

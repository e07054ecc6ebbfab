#pragma once

#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/state.hpp"

namespace rectrack {

// Resolves any spelling of a state's name to the canonical state; never guesses.
class StateDirectory {
 public:
    virtual ~StateDirectory() = default;
    // The state a name denotes; an invalid_input error "state.unknown" when no spelling matches.
    [[nodiscard]] virtual Result<const State*> resolve(std::string_view name) const = 0;
    [[nodiscard]] virtual const State* find_by_code(std::string_view code) const = 0;
    [[nodiscard]] virtual const std::vector<State>& all() const = 0;
};

}  // namespace rectrack

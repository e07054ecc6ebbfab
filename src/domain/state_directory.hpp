#pragma once

#include <string>
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

    // A state given by its ISO alpha-3 code or by any spelling resolve() knows, as users type them.
    [[nodiscard]] Result<const State*> resolve_code_or_name(std::string_view text) const;
    // The state's short name, or the code itself when the directory does not know it.
    [[nodiscard]] std::string name_of(std::string_view code) const;
};

}  // namespace rectrack

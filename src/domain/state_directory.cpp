#include "domain/state_directory.hpp"

namespace rectrack {

Result<const State*> StateDirectory::resolve_code_or_name(std::string_view text) const {
    if (const State* by_code = find_by_code(text); by_code != nullptr) return by_code;
    return resolve(text);
}

std::string StateDirectory::name_of(std::string_view code) const {
    const State* state = find_by_code(code);
    return state == nullptr ? std::string(code) : state->name;
}

}  // namespace rectrack

#include "search_arguments.hpp"

#include "command_context.hpp"

namespace rectrack {

Result<std::vector<std::pair<std::string, std::string>>> parse_filter_arguments(
    const std::vector<std::string>& arguments) {
    std::vector<std::pair<std::string, std::string>> filters;
    for (const auto& argument : arguments) {
        const auto equals = argument.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == argument.size()) {
            return make_error(ErrorCode::invalid_input, "search.bad_filter").with("filter", argument);
        }
        std::string name = argument.substr(0, equals);
        std::string value = argument.substr(equals + 1);
        if (name == "state" || name == "recommending_state") {
            auto code = state_code_argument(value);
            if (!code.ok()) return code.error();
            value = *code;
        }
        filters.emplace_back(std::move(name), std::move(value));
    }
    return filters;
}

}  // namespace rectrack

#include "http/query_params.hpp"

#include <algorithm>
#include <charconv>

namespace rectrack {

namespace {

Error bad_parameter(std::string_view name, std::string_view value) {
    constexpr std::size_t shown = 80;  // a huge value is cut, not echoed whole
    return make_error(ErrorCode::invalid_input, "request.bad_parameter")
        .with("name", std::string(name.substr(0, shown)))
        .with("value", std::string(value.substr(0, shown)));
}

}  // namespace

Result<QueryParams> QueryParams::of(const HttpRequest& request, std::initializer_list<std::string_view> allowed) {
    for (const auto& [name, value] : request.query) {
        if (name == "lang") continue;
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            return make_error(ErrorCode::invalid_input, "request.unknown_parameter").with("name", name.substr(0, 80));
        }
        if (request.query.count(name) > 1) return bad_parameter(name, "given more than once");
    }
    return QueryParams(request);
}

std::optional<std::string> QueryParams::text(const std::string& name) const {
    auto it = request_->query.find(name);
    if (it == request_->query.end()) return std::nullopt;
    return it->second;
}

Result<std::optional<std::int64_t>> QueryParams::integer(const std::string& name) const {
    auto value = text(name);
    if (!value) return std::optional<std::int64_t>{};
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc{} || end != value->data() + value->size()) return bad_parameter(name, *value);
    return std::optional<std::int64_t>{number};
}

Result<std::optional<std::string>> QueryParams::state_code(const std::string& name,
                                                           const StateDirectory& states) const {
    auto value = text(name);
    if (!value) return std::optional<std::string>{};
    auto state = states.resolve_code_or_name(*value);
    if (!state.ok()) return bad_parameter(name, *value);
    return std::optional<std::string>{(*state)->code};
}

Result<std::int64_t> path_id(const HttpRequest& request, std::size_t index, std::string_view entity) {
    const std::string& text = request.path_params.at(index);
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc{} || end != text.data() + text.size()) {
        return make_error(ErrorCode::not_found, "store.not_found").with("entity", std::string(entity)).with("id", text);
    }
    return id;
}

}  // namespace rectrack

#include "http/request_body.hpp"

namespace rectrack {

namespace {

Error missing(const std::string& name) {
    return make_error(ErrorCode::invalid_input, "request.missing_parameter").with("name", name);
}

Error bad(const std::string& name, const nlohmann::json& value) {
    constexpr std::size_t shown = 100;
    return make_error(ErrorCode::invalid_input, "request.bad_parameter")
        .with("name", name)
        .with("value", value.dump().substr(0, shown));
}

}  // namespace

Result<nlohmann::json> json_object_body(const HttpRequest& request) {
    auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) return make_error(ErrorCode::invalid_input, "request.bad_json");
    return body;
}

Result<std::string> text_field(const nlohmann::json& body, const std::string& name) {
    const auto found = body.find(name);
    if (found == body.end()) return missing(name);
    if (!found->is_string() || found->get<std::string>().empty()) return bad(name, *found);
    return found->get<std::string>();
}

Result<std::int64_t> id_field(const nlohmann::json& body, const std::string& name) {
    const auto found = body.find(name);
    if (found == body.end()) return missing(name);
    if (!found->is_number_integer() || found->get<std::int64_t>() <= 0) return bad(name, *found);
    return found->get<std::int64_t>();
}

Result<std::vector<std::int64_t>> id_list_field(const nlohmann::json& body, const std::string& name) {
    const auto found = body.find(name);
    if (found == body.end()) return missing(name);
    if (!found->is_array() || found->empty()) return bad(name, *found);
    std::vector<std::int64_t> ids;
    for (const auto& item : *found) {
        if (!item.is_number_integer() || item.get<std::int64_t>() <= 0) return bad(name, *found);
        ids.push_back(item.get<std::int64_t>());
    }
    return ids;
}

}  // namespace rectrack

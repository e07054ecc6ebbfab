#include "http/json_body.hpp"

namespace rectrack {

Error bad_body(const std::string& detail) {
    return make_error(ErrorCode::invalid_input, "request.bad_body").with("detail", detail);
}

Result<JsonBody> JsonBody::of(const HttpRequest& request) {
    auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded()) return bad_body("not JSON");
    if (!body.is_object()) return bad_body("not a JSON object");
    return JsonBody(std::move(body));
}

Result<std::optional<std::string>> JsonBody::text(const std::string& name) const {
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return std::optional<std::string>{};
    if (!found->is_string()) return bad_body(name + " must be a string");
    return std::optional<std::string>(found->get<std::string>());
}

Result<std::string> JsonBody::required_text(const std::string& name) const {
    auto value = text(name);
    if (!value.ok()) return value.error();
    if (!value->has_value()) return bad_body(name + " is required");
    return **value;
}

Result<std::optional<std::int64_t>> JsonBody::integer(const std::string& name) const {
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return std::optional<std::int64_t>{};
    if (!found->is_number_integer()) return bad_body(name + " must be an integer");
    return std::optional<std::int64_t>(found->get<std::int64_t>());
}

Result<std::int64_t> JsonBody::required_integer(const std::string& name) const {
    auto value = integer(name);
    if (!value.ok()) return value.error();
    if (!value->has_value()) return bad_body(name + " is required");
    return **value;
}

Result<std::optional<double>> JsonBody::number(const std::string& name) const {
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return std::optional<double>{};
    if (!found->is_number()) return bad_body(name + " must be a number");
    return std::optional<double>(found->get<double>());
}

Result<std::vector<std::string>> JsonBody::texts(const std::string& name) const {
    std::vector<std::string> values;
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return values;
    if (!found->is_array()) return bad_body(name + " must be an array of strings");
    for (const auto& item : *found) {
        if (!item.is_string()) return bad_body(name + " must be an array of strings");
        values.push_back(item.get<std::string>());
    }
    return values;
}

Result<std::vector<std::int64_t>> JsonBody::integers(const std::string& name) const {
    std::vector<std::int64_t> values;
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return values;
    if (!found->is_array()) return bad_body(name + " must be an array of integers");
    for (const auto& item : *found) {
        if (!item.is_number_integer()) return bad_body(name + " must be an array of integers");
        values.push_back(item.get<std::int64_t>());
    }
    return values;
}

Result<std::vector<LocalizedText>> JsonBody::localized(const std::string& name) const {
    std::vector<LocalizedText> values;
    const auto found = body_.find(name);
    if (found == body_.end() || found->is_null()) return values;
    if (!found->is_object()) return bad_body(name + " must be an object of texts by language");
    for (const auto& [language, text] : found->items()) {
        if (!text.is_string())
            return bad_body(std::string(name).append(".").append(language).append(" must be a string"));
        values.push_back({language, text.get<std::string>()});
    }
    return values;
}

}  // namespace rectrack

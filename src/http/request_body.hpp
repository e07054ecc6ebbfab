#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// The JSON object a POST sends; request.bad_json when the body is anything else.
Result<nlohmann::json> json_object_body(const HttpRequest& request);
// A required field of a body: request.missing_parameter when absent, request.bad_parameter when of another type.
Result<std::string> text_field(const nlohmann::json& body, const std::string& name);
Result<std::int64_t> id_field(const nlohmann::json& body, const std::string& name);
Result<std::vector<std::int64_t>> id_list_field(const nlohmann::json& body, const std::string& name);

}  // namespace rectrack

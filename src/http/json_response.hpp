#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "common/error.hpp"
#include "common/message_catalog.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// The HTTP status of each kind of error; the only place that maps them.
int http_status(ErrorCode code);

HttpResponse json_response(const nlohmann::json& body, int status = 200);
// {"error": {"code", "message_id", "message"}} in the language the request asks for.
HttpResponse error_response(const Error& error, const HttpRequest& request, const MessageCatalog& messages);
// A conflict's error body with the record as it now stands under "current", so the client can merge and retry.
HttpResponse conflict_response(const Error& error, const nlohmann::json& current, const HttpRequest& request,
                               const MessageCatalog& messages);
// The first language of ?lang= or Accept-Language that the catalogue speaks, else en.
std::string request_language(const HttpRequest& request);

}  // namespace rectrack

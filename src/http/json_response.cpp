#include "http/json_response.hpp"

namespace rectrack {

int http_status(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input: return 400;
        case ErrorCode::unauthorized: return 401;
        case ErrorCode::forbidden: return 403;
        case ErrorCode::not_found: return 404;
        case ErrorCode::conflict: return 409;
        case ErrorCode::too_large: return 413;
        case ErrorCode::unavailable: return 503;
        case ErrorCode::internal: return 500;
    }
    return 500;
}

HttpResponse json_response(const nlohmann::json& body, int status) {
    return {status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

std::string request_language(const HttpRequest& request) {
    for (const auto& lang : {std::string_view("vi"), std::string_view("fr"), std::string_view("en")}) {
        auto it = request.query.find("lang");
        if (it != request.query.end() && it->second == lang) return std::string(lang);
    }
    const std::string accept = request.header("accept-language");
    std::string first = accept.substr(0, 2);
    if (first == "vi" || first == "fr") return first;
    return "en";
}

HttpResponse error_response(const Error& error, const HttpRequest& request, const MessageCatalog& messages) {
    return json_response({{"error",
                           {{"code", to_string(error.code)},
                            {"message_id", error.message_id},
                            {"message", messages.render(error, request_language(request))}}}},
                         http_status(error.code));
}

HttpResponse conflict_response(const Error& error, const nlohmann::json& current, const HttpRequest& request,
                               const MessageCatalog& messages) {
    HttpResponse response = error_response(error, request, messages);
    auto body = nlohmann::json::parse(response.body);
    body["current"] = current;
    return json_response(body, response.status);
}

}  // namespace rectrack

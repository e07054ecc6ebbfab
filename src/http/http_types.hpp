#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace rectrack {

// A request as handlers see it, free of the HTTP library's types.
struct HttpRequest {
    std::string method;
    std::string path;
    std::multimap<std::string, std::string> query;
    std::vector<std::string> path_params;        // the pattern's capture groups, in order
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;

    [[nodiscard]] std::string header(const std::string& lower_case_name) const {
        auto it = headers.find(lower_case_name);
        return it == headers.end() ? std::string{} : it->second;
    }
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

}  // namespace rectrack

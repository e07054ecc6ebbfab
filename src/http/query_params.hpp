#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "domain/state_directory.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// Validated access to a request's query string: unknown or repeated names and malformed numbers are 400s.
class QueryParams {
 public:
    static Result<QueryParams> of(const HttpRequest& request, std::initializer_list<std::string_view> allowed);

    [[nodiscard]] std::optional<std::string> text(const std::string& name) const;
    [[nodiscard]] Result<std::optional<std::int64_t>> integer(const std::string& name) const;
    // The ISO code of a state given by code or any spelling; request.bad_parameter when unknown.
    [[nodiscard]] Result<std::optional<std::string>> state_code(const std::string& name,
                                                                const StateDirectory& states) const;

 private:
    explicit QueryParams(const HttpRequest& request) : request_(&request) {}
    const HttpRequest* request_;
};

// Parses a path segment matched as digits; a not_found error when it is out of range.
Result<std::int64_t> path_id(const HttpRequest& request, std::size_t index, std::string_view entity);

}  // namespace rectrack

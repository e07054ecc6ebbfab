#pragma once

#include "common/result.hpp"
#include "http/api_context.hpp"
#include "http/json_response.hpp"

namespace rectrack {

// True when a handler's step failed, with its error response in response; handlers then read as a list of steps.
template <typename T>
bool failed(const Result<T>& result, const ApiContext& context, const HttpRequest& request, HttpResponse& response) {
    if (result.ok()) return false;
    response = error_response(result.error(), request, context.messages);
    return true;
}

}  // namespace rectrack

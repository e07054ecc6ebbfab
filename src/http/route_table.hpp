#pragma once

#include "http/api_context.hpp"
#include "http/http_server.hpp"

namespace rectrack {

// Every REST route, in one table.
void register_routes(HttpServer& server, const ApiContext& context);

}  // namespace rectrack

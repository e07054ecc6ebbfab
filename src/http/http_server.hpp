#pragma once

#include <memory>
#include <string>

#include "common/result.hpp"
#include "http/http_types.hpp"

namespace rectrack {

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;  // 0 picks a free port
    int threads = 8;
    std::size_t max_body_bytes = 64UL * 1024 * 1024;
};

// The one wrapper around the HTTP library: routes, worker threads, limits and common headers.
class HttpServer {
 public:
    explicit HttpServer(ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // pattern is a regular expression over the path; its groups become path_params.
    void add_route(const std::string& method, const std::string& pattern, HttpHandler handler);
    // Answers requests that match no route.
    void set_not_found(HttpHandler handler);
    // Answers requests whose target is longer than the library reads (its own 414).
    void set_too_long(HttpHandler handler);
    // Binds the port (an unavailable error when it cannot), then serves until stop().
    Status bind();
    void serve();
    void stop();
    [[nodiscard]] int port() const;

 private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rectrack

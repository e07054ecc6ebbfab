#include "http/http_server.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <mutex>
#include <thread>

namespace rectrack {

struct HttpServer::Impl {
    ServerOptions options;
    httplib::Server server;
    HttpHandler not_found;
    HttpHandler too_long;
    int port = 0;
    std::mutex mutex;
    bool stop_requested = false;
    bool serving = false;
};

namespace {

HttpRequest to_request(const httplib::Request& in) {
    HttpRequest out{in.method, in.path, {}, {}, {}, in.body};
    for (const auto& [name, value] : in.params) out.query.emplace(name, value);
    for (std::size_t i = 1; i < in.matches.size(); ++i) out.path_params.push_back(in.matches[i].str());
    for (const auto& [name, value] : in.headers) {
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        out.headers.emplace(lower, value);
    }
    return out;
}

void write_response(const HttpResponse& in, httplib::Response& out) {
    out.status = in.status;
    out.set_content(in.body, in.content_type);
}

}  // namespace

HttpServer::HttpServer(ServerOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    auto& server = impl_->server;
    const int threads = impl_->options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(impl_->options.max_body_bytes);
    // The library's default adds SO_REUSEPORT, which lets a second server share a port already in use.
    server.set_socket_options([](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        // Accepted connections inherit it: without, a small reply waits 40 ms for the client's delayed ACK.
        setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    });
    server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                {"X-Frame-Options", "DENY"},
                                {"Referrer-Policy", "no-referrer"},
                                {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
                                {"Cache-Control", "no-store"}});
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        spdlog::debug("{} {} {}", request.method, request.path, response.status);
    });
}

HttpServer::~HttpServer() { stop(); }

void HttpServer::add_route(const std::string& method, const std::string& pattern, HttpHandler handler) {
    auto adapter = [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        write_response(handler(to_request(request)), response);
    };
    auto& server = impl_->server;
    if (method == "GET")
        server.Get(pattern, adapter);
    else if (method == "POST")
        server.Post(pattern, adapter);
    else if (method == "PUT")
        server.Put(pattern, adapter);
    else if (method == "PATCH")
        server.Patch(pattern, adapter);
    else if (method == "DELETE")
        server.Delete(pattern, adapter);
}

void HttpServer::set_not_found(HttpHandler handler) {
    impl_->not_found = std::move(handler);
    impl_->server.set_error_handler([this](const httplib::Request& request, httplib::Response& response) {
        // Only answer the library's own 404s; statuses set by handlers pass through untouched.
        if (response.status == 404 && response.body.empty())
            write_response(impl_->not_found(to_request(request)), response);
        if (response.status == 414 && response.body.empty() && impl_->too_long)
            write_response(impl_->too_long(to_request(request)), response);
    });
}

void HttpServer::set_too_long(HttpHandler handler) { impl_->too_long = std::move(handler); }

Status HttpServer::bind() {
    auto& server = impl_->server;
    if (impl_->options.port == 0) {
        impl_->port = server.bind_to_any_port(impl_->options.host);
    } else {
        impl_->port = server.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1;
    }
    if (impl_->port <= 0) {
        return make_error(ErrorCode::unavailable, "server.cannot_bind")
            .with("host", impl_->options.host)
            .with("port", std::to_string(impl_->options.port));
    }
    return {};
}

void HttpServer::serve() {
    {
        std::lock_guard lock(impl_->mutex);
        if (impl_->stop_requested) return;
        impl_->serving = true;
    }
    impl_->server.listen_after_bind();
    std::lock_guard lock(impl_->mutex);
    impl_->serving = false;
}

void HttpServer::stop() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stop_requested = true;
        if (!impl_->serving) return;
    }
    // The library ignores a stop that comes before its loop runs, so wait for the loop or for serve() to end.
    while (!impl_->server.is_running()) {
        {
            std::lock_guard lock(impl_->mutex);
            if (!impl_->serving) return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    impl_->server.stop();
}

int HttpServer::port() const { return impl_->port; }

}  // namespace rectrack

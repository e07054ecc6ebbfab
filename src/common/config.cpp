#include "common/config.hpp"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

namespace rectrack {

namespace {

Status parse_int(std::string_view text, std::string_view name, int& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc{} || end != text.data() + text.size()) {
        return make_error(ErrorCode::invalid_input, "config.bad_value")
            .with("name", std::string(name))
            .with("value", std::string(text));
    }
    return {};
}

void set_from_env(const char* variable, std::string& target) {
    if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') target = value;
}

}  // namespace

Status Config::apply_environment() {
    set_from_env("RECTRACK_DB", db);
    set_from_env("RECTRACK_HOST", host);
    set_from_env("RECTRACK_LANG", language);
    set_from_env("RECTRACK_LOG_LEVEL", log_level);
    if (const char* value = std::getenv("RECTRACK_PORT"); value != nullptr && *value != '\0') {
        RECTRACK_TRY(parse_int(value, "RECTRACK_PORT", port));
    }
    if (const char* value = std::getenv("RECTRACK_THREADS"); value != nullptr && *value != '\0') {
        RECTRACK_TRY(parse_int(value, "RECTRACK_THREADS", threads));
    }
    return {};
}

Status Config::apply_file(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        return make_error(ErrorCode::invalid_input, "config.bad_file").with("file", path).with("detail", "cannot read");
    const auto json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return make_error(ErrorCode::invalid_input, "config.bad_file")
            .with("file", path)
            .with("detail", "not a JSON object");
    }
    try {
        db = json.value("db", db);
        host = json.value("host", host);
        port = json.value("port", port);
        threads = json.value("threads", threads);
        language = json.value("language", language);
        log_level = json.value("log_level", log_level);
    } catch (const nlohmann::json::exception& e) {
        return make_error(ErrorCode::invalid_input, "config.bad_file").with("file", path).with("detail", e.what());
    }
    return {};
}

Status Config::validate() const {
    constexpr int max_port = 65535;
    constexpr int max_threads = 256;
    if (port < 0 || port > max_port) {
        return make_error(ErrorCode::invalid_input, "config.bad_port").with("value", std::to_string(port));
    }
    if (threads < 1 || threads > max_threads) {
        return make_error(ErrorCode::invalid_input, "config.bad_value")
            .with("name", "threads")
            .with("value", std::to_string(threads));
    }
    if (db.empty())
        return make_error(ErrorCode::invalid_input, "config.bad_value").with("name", "db").with("value", "");
    return {};
}

}  // namespace rectrack

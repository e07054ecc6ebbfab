#pragma once

#include <string>

#include "common/result.hpp"

namespace rectrack {

// The one configuration of a run: defaults, then environment, then a JSON file, then flags.
struct Config {
    std::string db = "var/rectrack.db";  // SQLite path, or a postgres:// URL
    std::string host = "127.0.0.1";
    int port = 8080;
    int threads = 8;  // HTTP worker threads
    std::string language = "en";
    std::string log_level = "info";

    // Overrides from RECTRACK_DB, RECTRACK_HOST, RECTRACK_PORT, RECTRACK_THREADS, RECTRACK_LANG, RECTRACK_LOG_LEVEL.
    Status apply_environment();
    // Overrides from a JSON object with the member names above.
    Status apply_file(const std::string& path);
    [[nodiscard]] Status validate() const;
};

}  // namespace rectrack

#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rectrack::test {

// What one run of the rectrack binary left behind.
struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
    long peak_rss_kib = 0;  // the child's peak resident memory, sampled every few milliseconds
};

// Runs the built rectrack binary with --db database and args, capturing stdout and stderr through files in
// scratch (large exports would fill a pipe).
CommandResult run_rectrack(const std::filesystem::path& database, const std::vector<std::string>& args,
                           const std::filesystem::path& scratch);

// The one JSON document a --json command printed; fails the calling test (by throwing) on anything else.
nlohmann::json single_json(const CommandResult& result);

// Everything the database holds as the CLI shows it: the JSONL export followed by stats --json.
std::string database_dump(const std::filesystem::path& database, const std::filesystem::path& scratch);

std::string read_bytes(const std::filesystem::path& path);
void write_bytes(const std::filesystem::path& path, std::string_view bytes);

}  // namespace rectrack::test

#include "cli/run_rectrack.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/test_paths.hpp"

extern char** environ;

namespace rectrack::test {

namespace {

std::atomic<int> run_counter{0};

// The high-water mark of the process's own memory since its exec, from /proc; 0 once it is gone.
long memory_high_water_kib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:")) return std::stol(line.substr(6));
    }
    return 0;
}

// Waits for the child, sampling its memory high-water mark: wait4's ru_maxrss would also count the
// memory of this (large) test process, which the child shared until its exec.
int wait_watching_memory(pid_t pid, long& peak_kib) {
    constexpr auto sample_interval = std::chrono::milliseconds(5);
    int status = 0;
    while (true) {
        peak_kib = std::max(peak_kib, memory_high_water_kib(pid));
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) return status;
        if (done < 0) throw std::runtime_error("waitpid failed");
        std::this_thread::sleep_for(sample_interval);
    }
}

}  // namespace

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

CommandResult run_rectrack(const std::filesystem::path& database, const std::vector<std::string>& args,
                           const std::filesystem::path& scratch) {
    const int run = ++run_counter;
    const auto out_path = scratch / ("run-" + std::to_string(run) + ".out");
    const auto err_path = scratch / ("run-" + std::to_string(run) + ".err");
    std::vector<std::string> argv_strings{rectrack_binary().string(), "--db", database.string()};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_strings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot start " + argv_strings[0]);
    CommandResult result;
    const int status = wait_watching_memory(pid, result.peak_rss_kib);
    // A crash shows as 128 + signal, as a shell would report it.
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_bytes(out_path);
    result.err = read_bytes(err_path);
    std::filesystem::remove(out_path);
    std::filesystem::remove(err_path);
    return result;
}

nlohmann::json single_json(const CommandResult& result) {
    // parse() of the whole output rejects anything but whitespace after the first document.
    return nlohmann::json::parse(result.out);
}

std::string database_dump(const std::filesystem::path& database, const std::filesystem::path& scratch) {
    const auto exported = run_rectrack(database, {"export", "--format", "jsonl"}, scratch);
    const auto stats = run_rectrack(database, {"stats", "--json"}, scratch);
    if (exported.exit_code != 0 || stats.exit_code != 0) {
        throw std::runtime_error("cannot dump " + database.string() + ": " + exported.err + stats.err);
    }
    return exported.out + "\n--- stats ---\n" + stats.out;
}

}  // namespace rectrack::test

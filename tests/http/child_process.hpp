#pragma once

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace rectrack::test {

// A program run with its stdout and stderr read through pipes; killed and reaped if a test leaves it running.
class ChildProcess {
 public:
    explicit ChildProcess(const std::vector<std::string>& args) {
        int out[2];
        int err[2];
        if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
        stdout_ = out[0];
        stderr_ = err[0];
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        // A shell's background job ignores SIGINT and exec keeps that; the child must see both signals.
        sigset_t none;
        sigset_t stop_signals;
        sigemptyset(&none);
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGINT);
        sigaddset(&stop_signals, SIGTERM);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setsigdefault(&attributes, &stop_signals);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

        std::vector<char*> argv;
        for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        const auto env = environment();
        std::vector<char*> envp;
        for (const auto& entry : env) envp.push_back(const_cast<char*>(entry.c_str()));
        envp.push_back(nullptr);

        const int spawned = posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        close(out[1]);
        close(err[1]);
        if (spawned != 0) {
            close(stdout_);
            close(stderr_);
            throw std::runtime_error(std::string("cannot start ") + args[0] + ": " + std::strerror(spawned));
        }
    }

    ~ChildProcess() {
        if (!exited_) {
            kill(pid_, SIGKILL);
            int status = 0;
            waitpid(pid_, &status, 0);
        }
        close(stdout_);
        close(stderr_);
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    void send(int signal) const { kill(pid_, signal); }

    // The next line the child writes on stdout, or nothing when it writes none in time.
    std::optional<std::string> stdout_line(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (true) {
            if (const auto end = stdout_buffer_.find('\n'); end != std::string::npos) {
                std::string line = stdout_buffer_.substr(0, end);
                stdout_buffer_.erase(0, end + 1);
                return line;
            }
            if (!read_some(stdout_, stdout_buffer_, deadline)) return std::nullopt;
        }
    }

    // Everything the child writes on stderr until it closes it or the time is up.
    std::string stderr_text(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        std::string text;
        while (read_some(stderr_, text, deadline)) {
        }
        return text;
    }

    // The child's wait status once it has exited, or nothing when it is still running at the deadline.
    std::optional<int> wait_for_exit(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (true) {
            int status = 0;
            const pid_t done = waitpid(pid_, &status, WNOHANG);
            if (done == pid_) {
                exited_ = true;
                return status;
            }
            if (done < 0 || std::chrono::steady_clock::now() >= deadline) return std::nullopt;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

 private:
    // The test's environment without RECTRACK_ settings, which would override the flags under test.
    static std::vector<std::string> environment() {
        std::vector<std::string> env;
        for (char** entry = environ; *entry != nullptr; ++entry) {
            if (std::strncmp(*entry, "RECTRACK_", 9) != 0) env.emplace_back(*entry);
        }
        env.emplace_back("RECTRACK_LANG=en");
        return env;
    }

    // Appends what one read gives; false at end of file or when the deadline passes first.
    static bool read_some(int fd, std::string& into, std::chrono::steady_clock::time_point deadline) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd ready{fd, POLLIN, 0};
        const int polled = poll(&ready, 1, static_cast<int>(left.count()));
        if (polled < 0 && errno == EINTR) return true;
        if (polled <= 0) return false;
        char chunk[4096];
        const ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) return true;
        if (got <= 0) return false;
        into.append(chunk, static_cast<std::size_t>(got));
        return true;
    }

    pid_t pid_ = -1;
    int stdout_ = -1;
    int stderr_ = -1;
    bool exited_ = false;
    std::string stdout_buffer_;
};

}  // namespace rectrack::test

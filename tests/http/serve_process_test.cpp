#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <csignal>
#include <optional>
#include <string>

#include "http/child_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

using namespace std::chrono_literals;

constexpr auto start_timeout = 10s;
constexpr auto exit_timeout = 5s;

// The port of a `rectrack listening on http://127.0.0.1:PORT` line, or nothing for any other line.
std::optional<int> listening_port(const std::string& line) {
    const std::string prefix = "rectrack listening on http://127.0.0.1:";
    if (line.rfind(prefix, 0) != 0) return std::nullopt;
    try {
        std::size_t used = 0;
        const int port = std::stoi(line.substr(prefix.size()), &used);
        if (used != line.size() - prefix.size() || port <= 0 || port > 65535) return std::nullopt;
        return port;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

class ServeProcess : public ::testing::Test {
 protected:
    void SetUp() override { RECTRACK_REQUIRE_FILE(rectrack_binary()); }

    ChildProcess serve(const std::string& port) const {
        return ChildProcess({rectrack_binary().string(), "--db", (dir_ / "rectrack.db").string(), "serve", "--host",
                             "127.0.0.1", "--port", port});
    }

    // The port the child announces; fails the test when it announces none in time.
    static std::optional<int> announced_port(ChildProcess& child) {
        const auto line = child.stdout_line(start_timeout);
        if (!line) {
            ADD_FAILURE() << "no listening line; stderr: " << child.stderr_text(1s);
            return std::nullopt;
        }
        const auto port = listening_port(*line);
        if (!port) ADD_FAILURE() << "unexpected first line: " << *line;
        return port;
    }

    static void expect_clean_exit(ChildProcess& child, int signal) {
        child.send(signal);
        const auto status = child.wait_for_exit(exit_timeout);
        ASSERT_TRUE(status.has_value()) << "still running " << exit_timeout.count() << " s after signal " << signal;
        ASSERT_TRUE(WIFEXITED(*status)) << "ended by signal " << (WIFSIGNALED(*status) ? WTERMSIG(*status) : 0);
        EXPECT_EQ(WEXITSTATUS(*status), 0) << child.stderr_text(1s);
    }

    static void expect_healthy(int port) {
        httplib::Client client("127.0.0.1", port);
        client.set_connection_timeout(2s);
        client.set_read_timeout(5s);
        auto reply = client.Get("/api/v1/health");
        ASSERT_TRUE(reply) << httplib::to_string(reply.error());
        EXPECT_EQ(reply->status, 200);
        EXPECT_NE(reply->body.find("\"ok\""), std::string::npos) << reply->body;
    }

    TempDir dir_;
};

TEST_F(ServeProcess, AnswersHealthThenExitsCleanlyOnSigterm) {
    auto child = serve("0");
    const auto port = announced_port(child);
    ASSERT_TRUE(port);
    expect_healthy(*port);
    expect_clean_exit(child, SIGTERM);
}

TEST_F(ServeProcess, AnswersHealthThenExitsCleanlyOnSigint) {
    auto child = serve("0");
    const auto port = announced_port(child);
    ASSERT_TRUE(port);
    expect_healthy(*port);
    expect_clean_exit(child, SIGINT);
}

// A supervisor may stop the server the moment it has announced its port, before any request.
TEST_F(ServeProcess, ExitsCleanlyOnASignalRightAfterStarting) {
    constexpr int attempts = 10;
    for (int i = 0; i < attempts; ++i) {
        SCOPED_TRACE("attempt " + std::to_string(i));
        auto child = serve("0");
        ASSERT_TRUE(announced_port(child));
        expect_clean_exit(child, i % 2 == 0 ? SIGTERM : SIGINT);
        if (HasFatalFailure()) return;
    }
}

TEST_F(ServeProcess, ASecondServerOnATakenPortFailsNamingThePort) {
    auto first = serve("0");
    const auto port = announced_port(first);
    ASSERT_TRUE(port);

    auto second = serve(std::to_string(*port));
    const auto status = second.wait_for_exit(exit_timeout);
    ASSERT_TRUE(status.has_value()) << "the second server did not give up";
    ASSERT_TRUE(WIFEXITED(*status));
    EXPECT_NE(WEXITSTATUS(*status), 0);
    const std::string message = second.stderr_text(1s);
    std::string address = "127.0.0.1:";
    address += std::to_string(*port);
    EXPECT_NE(message.find(address), std::string::npos) << message;

    expect_healthy(*port);
    expect_clean_exit(first, SIGTERM);
}

}  // namespace
}  // namespace rectrack::test

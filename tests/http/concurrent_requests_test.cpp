#include <array>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "http/api_server.hpp"

namespace rectrack::test {
namespace {

using ConcurrentRequests = VietNamApiTest;

TEST_F(ConcurrentRequests, EightClientsAllGetCompleteAnswers) {
    const std::int64_t total = get("/api/v1/recommendations").body.value("total", std::int64_t{-1});
    ASSERT_GT(total, 0);
    const std::array<std::string, 4> paths{"/api/v1/recommendations?limit=200", "/api/v1/stats?state=VNM",
                                           "/api/v1/reviews", "/api/v1/recommendations?position=noted"};
    constexpr int clients = 8;
    constexpr int requests_each = 12;
    std::atomic<int> succeeded = 0;
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto client = server_->client();
            for (int r = 0; r < requests_each; ++r) {
                const auto& path = paths[(c + r) % paths.size()];
                auto reply = client->Get(path);
                if (!reply || reply->status != 200) {
                    ++wrong;
                    continue;
                }
                const auto body = nlohmann::json::parse(reply->body, nullptr, false);
                // A listing of everything must report the same total under load as alone.
                if (path == paths[0] && body.value("total", std::int64_t{-1}) != total) {
                    ++wrong;
                    continue;
                }
                ++succeeded;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_EQ(succeeded.load(), clients * requests_each);
}

}  // namespace
}  // namespace rectrack::test

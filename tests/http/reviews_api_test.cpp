#include "http/api_server.hpp"

namespace rectrack::test {
namespace {

using ReviewsApi = VietNamApiTest;

TEST_F(ReviewsApi, ListsVietNamSession18OfCycle2) {
    const auto reply = get("/api/v1/reviews");
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.value("total", -1), 1);
    ASSERT_EQ(reply.body["items"].size(), 1u);
    const auto& review = reply.body["items"][0];
    EXPECT_EQ(review.value("state", ""), "VNM");
    EXPECT_EQ(review.value("state_name", ""), "Viet Nam");
    EXPECT_EQ(review.value("session", 0), 18);
    EXPECT_EQ(review.value("cycle", 0), 2);
}

TEST_F(ReviewsApi, ReviewCarriesItsStatistics) {
    const auto id = get("/api/v1/reviews").body["items"][0].value("id", 0);
    const auto reply = get("/api/v1/reviews/" + std::to_string(id));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.value("id", 0), id);
    ASSERT_TRUE(reply.body.contains("statistics")) << reply.body.dump();
    const auto& statistics = reply.body["statistics"];
    EXPECT_EQ(statistics.value("recommending_states", 0), 101);
    EXPECT_EQ(statistics.value("review_id", 0), id);
    const int recommendations = statistics.value("recommendations", 0);
    EXPECT_GT(recommendations, 0);
    EXPECT_EQ(statistics.value("supported", 0) + statistics.value("noted", 0), recommendations)
        << "every UPR Info row has a position";
    EXPECT_EQ(statistics.value("voluntary_pledges", -1), 0);
}

TEST_F(ReviewsApi, StatisticsAgreeWhetherTheStateIsNamedOrCoded) {
    const auto all = get("/api/v1/stats");
    const auto by_name = get("/api/v1/stats?state=Viet%20Nam");
    const auto by_code = get("/api/v1/stats?state=VNM");
    ASSERT_EQ(all.status, 200);
    ASSERT_EQ(by_name.status, 200);
    ASSERT_EQ(by_code.status, 200);
    ASSERT_EQ(all.body["reviews"].size(), 1u);
    EXPECT_EQ(by_name.body, all.body);
    EXPECT_EQ(by_code.body, all.body);

    const auto id = all.body["reviews"][0].value("review_id", 0);
    EXPECT_EQ(get("/api/v1/reviews/" + std::to_string(id)).body["statistics"], all.body["reviews"][0]);
}

TEST_F(ReviewsApi, AStateWithoutReviewsHasNoStatistics) {
    const auto reply = get("/api/v1/stats?state=France");
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body["reviews"].empty()) << reply.body.dump();
}

}  // namespace
}  // namespace rectrack::test

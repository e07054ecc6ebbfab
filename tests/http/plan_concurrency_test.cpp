#include <gtest/gtest.h>
#include <sodium.h>

#include <atomic>
#include <barrier>
#include <string>
#include <thread>
#include <vector>

#include "http/api_server.hpp"

namespace rectrack::test {
namespace {

JsonReply send(httplib::Client& client, const std::string& method, const std::string& path,
               const nlohmann::json& body) {
    auto reply = method == "PATCH" ? client.Patch(path, body.dump(), "application/json")
                                   : client.Post(path, body.dump(), "application/json");
    if (!reply) {
        ADD_FAILURE() << method << ' ' << path << " got no reply: " << httplib::to_string(reply.error());
        return {};
    }
    return {reply->status, nlohmann::json::parse(reply->body, nullptr, false), reply->headers};
}

// A plan with one activity, made through the API over Viet Nam's session 18 export.
class PlanApiTest : public ::testing::Test {
 protected:
    static std::filesystem::path csv() { return shared_data("upr-info/18-vietnam.csv"); }

    static void TearDownTestSuite() { server_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(csv());
        if (!server_) {
            server_ = std::make_unique<ApiServer>(std::vector{csv()});
            auto client = server_->client();
            const auto review = get_json(*client, "/api/v1/reviews").body.at("items").at(0).at("id");
            ASSERT_EQ(send(*client, "POST", "/api/v1/institutions",
                           {{"code", "MOJ"}, {"names", {{"en", "Ministry of Justice"}}}})
                          .status,
                      201);
            const auto plan = send(*client, "POST", "/api/v1/plans",
                                   {{"name", "UPR cycle II master plan"}, {"review_ids", {review}}});
            ASSERT_EQ(plan.status, 201) << plan.body.dump();
            plan_ = plan.body.at("id").get<std::int64_t>();
        }
        client_ = server_->client();
    }

    std::int64_t add_activity(const std::string& title) {
        const auto created = send(*client_, "POST", "/api/v1/plans/" + std::to_string(plan_) + "/activities",
                                  {{"title", title}, {"deadline", "2016-12-31"}, {"owner", "MOJ"}});
        EXPECT_EQ(created.status, 201) << created.body.dump();
        return created.body.at("id").get<std::int64_t>();
    }

    nlohmann::json activity(std::int64_t id) {
        const auto plan = get_json(*client_, "/api/v1/plans/" + std::to_string(plan_));
        for (const auto& one : plan.body.at("activities")) {
            if (one.at("id") == id) return one;
        }
        ADD_FAILURE() << "activity " << id << " is not in its plan: " << plan.body.dump();
        return {};
    }

    static inline std::unique_ptr<ApiServer> server_;
    static inline std::int64_t plan_ = 0;
    std::unique_ptr<httplib::Client> client_;
};

TEST_F(PlanApiTest, OfTwoConcurrentEditsFromOneVersionExactlyOneWinsAndTheOtherGets409WithTheCurrentRecord) {
    constexpr int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const auto id = add_activity("Draft the law on access to information");
        const std::string path = "/api/v1/activities/" + std::to_string(id);
        const std::vector<std::string> titles{"Submit the draft to the National Assembly",
                                              "Consult civil society on the draft"};
        std::vector<JsonReply> replies(titles.size());
        std::barrier start(static_cast<std::ptrdiff_t>(titles.size()));
        std::vector<std::thread> editors;
        for (std::size_t i = 0; i < titles.size(); ++i) {
            editors.emplace_back([&, i] {
                auto client = server_->client();
                start.arrive_and_wait();
                replies[i] = send(*client, "PATCH", path, {{"version", 1}, {"title", titles[i]}});
            });
        }
        for (auto& editor : editors) editor.join();

        ASSERT_EQ((replies[0].status == 200) + (replies[1].status == 200), 1)
            << replies[0].status << ' ' << replies[1].status;
        const std::size_t winner = replies[0].status == 200 ? 0 : 1;
        const std::size_t loser = 1 - winner;
        EXPECT_EQ(replies[loser].status, 409);
        EXPECT_EQ(replies[loser].body.at("error").at("code"), "conflict");
        EXPECT_EQ(replies[loser].body.at("current").at("title"), titles[winner]);
        EXPECT_EQ(replies[loser].body.at("current").at("version"), 2);
        EXPECT_EQ(activity(id).at("title"), titles[winner]);

        // The loser applies its change on the version it was shown: nothing is lost.
        const auto retried = send(*client_, "PATCH", path, {{"version", 2}, {"title", titles[loser]}});
        EXPECT_EQ(retried.status, 200) << retried.body.dump();
        EXPECT_EQ(activity(id).at("title"), titles[loser]);
        EXPECT_EQ(activity(id).at("version"), 3);
    }
}

TEST_F(PlanApiTest, AnEditWithoutAVersionIsRefused) {
    const auto id = add_activity("Train judges");
    const auto reply = send(*client_, "PATCH", "/api/v1/activities/" + std::to_string(id), {{"title", "Train all"}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(activity(id).at("title"), "Train judges");
}

TEST_F(PlanApiTest, AStaleInstitutionRenameGets409WithTheNamesAsTheyNowStand) {
    auto listed = get_json(*client_, "/api/v1/institutions").body.at("items");
    const auto moj = listed.at(0);
    const std::string path = "/api/v1/institutions/" + std::to_string(moj.at("id").get<std::int64_t>());
    const auto version = moj.at("version").get<std::int64_t>();
    const auto first = send(*client_, "PATCH", path, {{"version", version}, {"names", {{"vi", "Bộ Tư pháp"}}}});
    ASSERT_EQ(first.status, 200) << first.body.dump();
    const auto stale = send(*client_, "PATCH", path, {{"version", version}, {"names", {{"fr", "Ministère"}}}});
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(stale.body.at("current").at("names").at("vi"), "Bộ Tư pháp");
    EXPECT_FALSE(stale.body.at("current").at("names").contains("fr"));
}

std::string base64(const std::string& bytes) {
    std::string text(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.size() - 1);  // the terminating NUL
    return text;
}

TEST_F(PlanApiTest, ProgressWithEvidenceIsReportedAndReviewedOnceThroughTheApi) {
    const auto page = get_json(*client_, "/api/v1/recommendations?position=supported&limit=1");
    const auto rec = page.body.at("items").at(0).at("id").get<std::int64_t>();
    const auto assigned = send(*client_, "POST", "/api/v1/plans/" + std::to_string(plan_) + "/assignments",
                               {{"recommendation_id", rec}, {"lead", "MOJ"}});
    ASSERT_EQ(assigned.status, 201) << assigned.body.dump();
    const std::string pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    const std::string path = "/api/v1/recommendations/" + std::to_string(rec) + "/progress";
    const auto with_path = send(*client_, "POST", path,
                                {{"institution", "MOJ"},
                                 {"status", "in_progress"},
                                 {"evidence", {{{"file_name", "../law.pdf"}, {"content_base64", base64(pdf)}}}}});
    EXPECT_EQ(with_path.status, 400);
    EXPECT_NE(with_path.body.at("error").at("message").get<std::string>().find("'../law.pdf' refused"),
              std::string::npos);
    const auto reported = send(*client_, "POST", path,
                               {{"institution", "MOJ"},
                                {"status", "in_progress"},
                                {"narratives", {{"vi", "Đang soạn thảo luật"}}},
                                {"evidence", {{{"file_name", "law.pdf"}, {"content_base64", base64(pdf)}}}}});
    ASSERT_EQ(reported.status, 201) << reported.body.dump();
    EXPECT_EQ(reported.body.at("evidence").at(0).at("media_type"), "application/pdf");
    EXPECT_EQ(get_json(*client_, path).body.at("items").size(), 1U);
    const std::string review = "/api/v1/progress/" + reported.body.at("id").dump() + "/review";
    EXPECT_EQ(send(*client_, "POST", review, {{"version", 1}, {"decision", "accept"}}).status, 200);
    const auto late =
        send(*client_, "POST", review, {{"version", 1}, {"decision", "return"}, {"comment", "Too early"}});
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(late.body.at("current").at("review"), "accepted");
    EXPECT_EQ(late.body.at("current").at("reviewed_by"), "api");
}

}  // namespace
}  // namespace rectrack::test

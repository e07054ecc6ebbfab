#include <gtest/gtest.h>

#include "http/api_server.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "nlp/recommendation_classifier.hpp"
#include "service/suggest_labels.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path report() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }
std::filesystem::path rows() { return shared_data("upr-info/18-vietnam.csv"); }

JsonReply post_json(httplib::Client& client, const std::string& path, const std::string& body) {
    auto reply = client.Post(path, body, "application/json");
    if (!reply) {
        ADD_FAILURE() << "POST " << path << " got no reply";
        return {};
    }
    return {reply->status, nlohmann::json::parse(reply->body, nullptr, false), reply->headers};
}

// Viet Nam's 2014 report served, with suggestions from a small model trained on the session's UPR Info rows.
class ClustersAndSuggestionsApi : public ::testing::Test {
 protected:
    void SetUp() override {
        RECTRACK_REQUIRE_FILE(report());
        RECTRACK_REQUIRE_FILE(rows());
        server_ = std::make_unique<ApiServer>(std::vector{report()});
        client_ = server_->client();
        auto batch = UprInfoCsvParser(StateNormaliser::builtin()).parse({rows().string(), read_bytes(rows())});
        ASSERT_TRUE(batch.ok());
        ClassifierTrainingOptions options;
        options.epochs = 5;
        options.buckets = 20000;
        const auto model = (models_ / "model").string();
        ASSERT_TRUE(RecommendationClassifier::train(batch->reviews.at(0).recommendations, model, options).ok());
        auto classifier = RecommendationClassifier::load(model);
        ASSERT_TRUE(classifier.ok());
        auto store = open_store(server_->database());
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(SuggestLabels(**store, *classifier).run(std::nullopt).ok());
    }

    // Where each paragraph sits after clustering: paragraph -> cluster id (absent when in none).
    std::map<std::string, std::int64_t> clusters_by_paragraph(const nlohmann::json& clusters) {
        std::map<std::string, std::int64_t> placed;
        for (const auto& cluster : clusters["clusters"]) {
            for (const auto& member : cluster["recommendations"]) placed[member["paragraph"]] = cluster["id"];
        }
        return placed;
    }

    std::int64_t id_of(const nlohmann::json& clusters, const std::string& paragraph) {
        for (const auto& cluster : clusters["clusters"]) {
            for (const auto& member : cluster["recommendations"]) {
                if (member["paragraph"] == paragraph) return member["id"];
            }
        }
        for (const auto& recommendation : get_json(*client_, "/api/v1/recommendations?limit=1000").body["items"]) {
            if (recommendation["paragraph"] == paragraph) return recommendation["id"];
        }
        return 0;
    }

    TempDir models_;
    std::unique_ptr<ApiServer> server_;
    std::unique_ptr<httplib::Client> client_;
};

TEST_F(ClustersAndSuggestionsApi, AMoveThroughTheApiSurvivesReclustering) {
    const auto clustered = post_json(*client_, "/api/v1/reviews/1/clusters", "");
    ASSERT_EQ(clustered.status, 200) << clustered.body.dump();
    auto placed = clusters_by_paragraph(clustered.body);
    const auto cat = placed.at("143.12");
    EXPECT_EQ(placed.at("143.9"), cat);
    const auto death_penalty = id_of(clustered.body, "143.6");
    const auto moved = post_json(*client_, "/api/v1/clusters/" + std::to_string(cat) + "/move",
                                 R"({"recommendation": )" + std::to_string(death_penalty) + "}");
    ASSERT_EQ(moved.status, 200) << moved.body.dump();
    EXPECT_TRUE(moved.body["pinned"].get<bool>());

    const auto again = post_json(*client_, "/api/v1/reviews/1/clusters", "");
    ASSERT_EQ(again.status, 200);
    placed = clusters_by_paragraph(again.body);
    EXPECT_EQ(placed.at("143.6"), cat);
    EXPECT_EQ(placed.at("143.13"), cat);
    EXPECT_EQ(clusters_by_paragraph(get_json(*client_, "/api/v1/reviews/1/clusters").body), placed);

    EXPECT_EQ(post_json(*client_, "/api/v1/clusters/" + std::to_string(cat) + "/merge", "{}").status, 400);
    EXPECT_EQ(post_json(*client_, "/api/v1/clusters/" + std::to_string(cat) + "/split", "not json").status, 400);
    EXPECT_EQ(post_json(*client_, "/api/v1/clusters/999999/rename", R"({"label": "x"})").status, 404);
    EXPECT_EQ(get_json(*client_, "/api/v1/reviews/999999/clusters").status, 404);
}

TEST_F(ClustersAndSuggestionsApi, APersonAcceptsOrRejectsSuggestions) {
    const auto page = get_json(*client_, "/api/v1/suggestions?review=1&limit=2");
    ASSERT_EQ(page.status, 200) << page.body.dump();
    ASSERT_EQ(page.body["items"].size(), 2U);
    EXPECT_GT(page.body["total"].get<int>(), 227);  // an action category and at least one issue each
    const auto& first = page.body["items"][0];
    const auto& second = page.body["items"][1];
    EXPECT_EQ(first["model_version"].get<std::string>().rfind("fasttext-", 0), 0U);

    const auto decide = [&](const nlohmann::json& suggestion, const std::string& verdict) {
        return post_json(*client_,
                         "/api/v1/recommendations/" + std::to_string(suggestion["recommendation_id"].get<int>()) +
                             "/suggestions/" + verdict,
                         nlohmann::json{{"kind", suggestion["kind"]}, {"value", suggestion["value"]}}.dump());
    };
    EXPECT_EQ(decide(first, "accept").status, 200);
    EXPECT_EQ(decide(first, "accept").status, 404);  // no longer a suggestion
    EXPECT_EQ(decide(second, "reject").status, 200);
    const auto shown =
        get_json(*client_, "/api/v1/recommendations/" + std::to_string(first["recommendation_id"].get<int>()));
    bool confirmed = false;
    for (const auto& label : shown.body["labels"]) {
        if (label["value"] == first["value"] && label["provenance"] == "confirmed") confirmed = true;
    }
    EXPECT_TRUE(confirmed) << shown.body.dump();
    EXPECT_EQ(get_json(*client_, "/api/v1/suggestions?review=1&limit=1").body["total"].get<int>(),
              page.body["total"].get<int>() - 2);
    EXPECT_EQ(get_json(*client_, "/api/v1/suggestions?limit=0").status, 400);
    EXPECT_EQ(post_json(*client_, "/api/v1/recommendations/1/suggestions/accept", R"({"kind": "colour", "value": "x"})")
                  .status,
              400);
}

}  // namespace
}  // namespace rectrack::test

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "http/api_server.hpp"
#include "ingest/csv_reader.hpp"

namespace rectrack::test {
namespace {

class RecommendationsApi : public VietNamApiTest {
 protected:
    // Every recommendation in one page: the reference the filters are checked against.
    nlohmann::json all_recommendations() {
        const auto reply = get("/api/v1/recommendations?limit=1000");
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.body.value("total", -1), static_cast<int>(reply.body["items"].size()))
            << "the whole import must fit in one page of 1000";
        return reply.body["items"];
    }

    std::int64_t total_of(const std::string& path) {
        const auto reply = get(path);
        EXPECT_EQ(reply.status, 200) << path << ": " << reply.body.dump();
        return reply.body.value("total", std::int64_t{-1});
    }
};

bool names_state(const nlohmann::json& recommendation, const std::string& code) {
    const auto& states = recommendation["recommending_states"];
    return std::find(states.begin(), states.end(), code) != states.end();
}

// Rows of the UPR Info export whose From column is the given state, read independently of the importer.
int csv_rows_from(const std::string& state) {
    const std::string text = read_bytes(shared_data("upr-info/18-vietnam.csv"));
    CsvReader reader(text);
    std::vector<std::string> fields;
    int rows = 0;
    constexpr std::size_t from_column = 4;
    for (int record = 0; record < 10000; ++record) {
        auto more = reader.next(fields);
        if (!more.ok() || !*more) break;
        if (record > 0 && fields.size() > from_column && fields[from_column] == state) ++rows;
    }
    return rows;
}

TEST_F(RecommendationsApi, PagesCoverEveryRecommendationOnce) {
    const std::int64_t total = total_of("/api/v1/recommendations");
    ASSERT_GT(total, 100);
    constexpr int page_size = 40;
    std::set<std::int64_t> seen;
    std::int64_t listed = 0;
    for (std::int64_t offset = 0; offset < total; offset += page_size) {
        const auto page =
            get("/api/v1/recommendations?limit=" + std::to_string(page_size) + "&offset=" + std::to_string(offset));
        ASSERT_EQ(page.status, 200);
        EXPECT_EQ(page.body.value("total", std::int64_t{-1}), total);
        EXPECT_EQ(page.body.value("offset", std::int64_t{-1}), offset);
        EXPECT_EQ(page.body.value("limit", -1), page_size);
        const auto& items = page.body["items"];
        EXPECT_EQ(static_cast<std::int64_t>(items.size()), std::min<std::int64_t>(page_size, total - offset));
        for (const auto& item : items) seen.insert(item.value("id", std::int64_t{0}));
        listed += static_cast<std::int64_t>(items.size());
    }
    EXPECT_EQ(listed, total);
    EXPECT_EQ(static_cast<std::int64_t>(seen.size()), total) << "a recommendation appeared on two pages";
}

TEST_F(RecommendationsApi, DefaultPageIsFiftyAndAPageBeyondTheEndIsEmpty) {
    const auto first = get("/api/v1/recommendations");
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.body.value("limit", 0), 50);
    EXPECT_EQ(first.body["items"].size(), 50u);
    const std::int64_t total = first.body.value("total", std::int64_t{0});

    const auto beyond = get("/api/v1/recommendations?offset=" + std::to_string(total + 10) + "&limit=5");
    ASSERT_EQ(beyond.status, 200);
    EXPECT_TRUE(beyond.body["items"].empty());
    EXPECT_EQ(beyond.body.value("total", std::int64_t{-1}), total);
}

TEST_F(RecommendationsApi, PositionFilterMatchesTheListing) {
    const auto all = all_recommendations();
    const auto noted = std::count_if(all.begin(), all.end(), [](const auto& r) { return r["position"] == "noted"; });
    const auto supported =
        std::count_if(all.begin(), all.end(), [](const auto& r) { return r["position"] == "supported"; });
    EXPECT_GT(noted, 0);
    EXPECT_EQ(noted + supported, static_cast<std::int64_t>(all.size()));
    EXPECT_EQ(total_of("/api/v1/recommendations?position=noted"), noted);
    EXPECT_EQ(total_of("/api/v1/recommendations?position=supported"), supported);

    const auto page = get("/api/v1/recommendations?position=noted&limit=1000");
    for (const auto& item : page.body["items"]) EXPECT_EQ(item["position"], "noted");

    const auto review = get("/api/v1/stats").body["reviews"][0];
    EXPECT_EQ(review.value("noted", -1), noted);
    EXPECT_EQ(review.value("supported", -1), supported);
}

TEST_F(RecommendationsApi, RecommendingStateFilterMatchesTheListingAndTheCsv) {
    const auto all = all_recommendations();
    const auto by_france = std::count_if(all.begin(), all.end(), [](const auto& r) { return names_state(r, "FRA"); });
    EXPECT_EQ(by_france, csv_rows_from("France"));
    EXPECT_EQ(total_of("/api/v1/recommendations?recommending_state=France"), by_france);
    EXPECT_EQ(total_of("/api/v1/recommendations?recommending_state=FRA"), by_france);

    const auto page = get("/api/v1/recommendations?recommending_state=France&position=noted&limit=1000");
    const auto noted_by_france = std::count_if(
        all.begin(), all.end(), [](const auto& r) { return names_state(r, "FRA") && r["position"] == "noted"; });
    EXPECT_EQ(page.body.value("total", std::int64_t{-1}), noted_by_france);
    for (const auto& item : page.body["items"]) EXPECT_TRUE(names_state(item, "FRA")) << item.dump();
}

TEST_F(RecommendationsApi, KindAndStateFiltersMatchTheListing) {
    const auto all = all_recommendations();
    const auto pledges =
        std::count_if(all.begin(), all.end(), [](const auto& r) { return r["kind"] == "voluntary_pledge"; });
    const auto total = static_cast<std::int64_t>(all.size());
    EXPECT_EQ(total_of("/api/v1/recommendations?kind=recommendation"), total - pledges);
    EXPECT_EQ(total_of("/api/v1/recommendations?kind=voluntary_pledge"), pledges);
    EXPECT_EQ(total_of("/api/v1/recommendations?state=Viet%20Nam"), total);
    EXPECT_EQ(total_of("/api/v1/recommendations?state=VNM"), total);
    EXPECT_EQ(total_of("/api/v1/recommendations?state=France"), 0);
    const auto review_id = all[0].value("review_id", 0);
    EXPECT_EQ(total_of("/api/v1/recommendations?review=" + std::to_string(review_id)), total);
}

TEST_F(RecommendationsApi, OneRecommendationHasItsTextsStatesPositionLabelsAndReview) {
    const auto listed = get("/api/v1/recommendations?recommending_state=France&limit=1").body["items"][0];
    const auto id = listed.value("id", 0);
    const auto reply = get("/api/v1/recommendations/" + std::to_string(id));
    ASSERT_EQ(reply.status, 200);
    const auto& rec = reply.body;
    EXPECT_EQ(rec.value("id", 0), id);
    ASSERT_FALSE(rec["texts"].empty());
    EXPECT_FALSE(rec["texts"][0].value("text", "").empty());
    EXPECT_TRUE(names_state(rec, "FRA")) << rec.dump();
    EXPECT_TRUE(rec["position"] == "supported" || rec["position"] == "noted") << rec["position"];
    EXPECT_EQ(rec["position"], listed["position"]);
    ASSERT_FALSE(rec["labels"].empty()) << "UPR Info issues and action categories are imported as labels";
    EXPECT_TRUE(std::any_of(rec["labels"].begin(), rec["labels"].end(),
                            [](const auto& label) { return label["kind"] == "issue"; }));
    ASSERT_TRUE(rec["review"].is_object());
    EXPECT_EQ(rec["review"].value("id", 0), rec.value("review_id", -1));
    EXPECT_EQ(rec["review"].value("state", ""), "VNM");
    EXPECT_EQ(rec["review"].value("session", 0), 18);
}

}  // namespace
}  // namespace rectrack::test

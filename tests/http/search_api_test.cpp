#include <set>
#include <string>

#include "http/api_server.hpp"

namespace rectrack::test {
namespace {

class SearchApi : public VietNamApiTest {
 protected:
    std::int64_t total_of(const std::string& path) {
        const auto reply = get(path);
        EXPECT_EQ(reply.status, 200) << path << ": " << reply.body.dump();
        return reply.body.value("total", std::int64_t{-1});
    }

    void expect_400(const std::string& path, const std::string& message_id, const std::string& mentions) {
        const auto reply = get(path);
        EXPECT_EQ(reply.status, 400) << path;
        EXPECT_EQ(reply.body["error"].value("message_id", ""), message_id) << reply.body.dump();
        EXPECT_NE(reply.body["error"].value("message", "").find(mentions), std::string::npos) << reply.body.dump();
    }
};

TEST_F(SearchApi, TortureFindsWhatUprInfoFiledUnderTorture) {
    // Only one text says "torture"; UPR Info files every CAT recommendation under the torture issue, which
    // the SQL filter of the plain listing counts independently of the index.
    const auto by_issue = total_of("/api/v1/recommendations?issue=Torture%20and%20other%20CID%20treatment");
    ASSERT_GT(by_issue, 5);
    const auto reply = get("/api/v1/recommendations?q=torture&per_page=100");
    ASSERT_EQ(reply.status, 200) << reply.body.dump();
    EXPECT_EQ(reply.body.value("total", -1), by_issue);
    EXPECT_NE(reply.body["items"][0].value("snippet", "").find("<mark>Torture</mark>"), std::string::npos)
        << "the text that names the Convention against Torture ranks first";
    EXPECT_EQ(reply.body.value("page", 0), 1);
    EXPECT_EQ(reply.body.value("per_page", 0), 100);
}

TEST_F(SearchApi, FacetCountsEqualTheTotalsOfTheirFilters) {
    const auto reply = get("/api/v1/recommendations?q=ratify%20OR%20ratification&facets=position,regional_group");
    ASSERT_EQ(reply.status, 200) << reply.body.dump();
    const auto& facets = reply.body["facets"];
    ASSERT_EQ(facets.size(), 2U);
    std::int64_t positions = 0;
    for (const auto& value : facets["position"]) {
        positions += value["count"].get<std::int64_t>();
        EXPECT_EQ(total_of("/api/v1/recommendations?q=ratify%20OR%20ratification&position=" +
                           value["value"].get<std::string>()),
                  value["count"].get<std::int64_t>());
    }
    EXPECT_EQ(positions, reply.body.value("total", std::int64_t{-1}));
    for (const auto& value : facets["regional_group"]) {
        EXPECT_EQ(total_of("/api/v1/recommendations?q=ratify%20OR%20ratification&regional_group=" +
                           value["value"].get<std::string>()),
                  value["count"].get<std::int64_t>());
    }
}

TEST_F(SearchApi, MalformedSearchesAre400s) {
    expect_400("/api/v1/recommendations?q=torture%20%22death%20penalty", "search.unbalanced_quote", "position 9");
    expect_400("/api/v1/recommendations?q=(torture", "search.unbalanced_parenthesis", "position 1");
    expect_400("/api/v1/recommendations?q=torture&facets=colour", "search.unknown_facet", "colour");
    expect_400("/api/v1/recommendations?q=torture&page=50", "search.page_beyond_end", "page 50");
    expect_400("/api/v1/recommendations?q=torture&per_page=0", "search.bad_per_page", "per_page 0");
    expect_400("/api/v1/recommendations?q=torture&sort=colour", "search.bad_sort", "colour");
    expect_400("/api/v1/recommendations?q=torture&colour=red", "request.unknown_parameter", "colour");
    expect_400("/api/v1/stats/breakdown?by=colour", "search.unknown_facet", "colour");
    expect_400("/api/v1/stats/breakdown", "request.missing_parameter", "by");
    expect_400("/api/v1/recommendations?q=" + std::string(10UL * 1024 * 1024, 'a'), "request.too_long", "8 KiB");
    expect_400("/api/v1/recommendations?q=" + std::string(4000, 'a'), "search.query_too_long", "4000");
    EXPECT_EQ(get("/api/v1/health").status, 200);
}

TEST_F(SearchApi, BreakdownsAgreeWithThePerReviewStatistics) {
    const auto stats = get("/api/v1/stats?state=VNM");
    ASSERT_EQ(stats.status, 200);
    ASSERT_EQ(stats.body["reviews"].size(), 1U);
    const auto& review = stats.body["reviews"][0];
    const auto by_state = get("/api/v1/stats/breakdown?by=state");
    ASSERT_EQ(by_state.status, 200) << by_state.body.dump();
    ASSERT_EQ(by_state.body["rows"].size(), 1U);
    const auto& row = by_state.body["rows"][0];
    EXPECT_EQ(row["recommendations"], review["recommendations"]);
    EXPECT_EQ(row["supported"], review["supported"]);
    EXPECT_EQ(row["noted"], review["noted"]);
    EXPECT_EQ(row["acceptance_rate"], review["acceptance_rate"]);
    const auto by_recommending = get("/api/v1/stats/breakdown?by=recommending_state&state=Viet%20Nam");
    ASSERT_EQ(by_recommending.status, 200);
    EXPECT_EQ(static_cast<std::int64_t>(by_recommending.body["rows"].size()), review["recommending_states"]);
    const auto cycles = get("/api/v1/stats/cycles?state=Vietnam");
    ASSERT_EQ(cycles.status, 200) << cycles.body.dump();
    EXPECT_EQ(cycles.body["state"], "VNM");
    ASSERT_EQ(cycles.body["cycles"].size(), 1U);
    EXPECT_EQ(cycles.body["cycles"][0]["cycle"], 2);
}

// A second writer (as `rectrack import` run beside the server) adds the report; the server's next answer
// holds its paragraphs without a restart.
TEST(SearchApiConsistency, ImportsByAnotherConnectionShowInTheNextAnswer) {
    const auto csv = shared_data("upr-info/18-vietnam.csv");
    const auto pdf = shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(csv);
    RECTRACK_REQUIRE_FILE(pdf);
    ApiServer server({csv});
    auto client = server.client();
    const auto before = get_json(*client, "/api/v1/recommendations?q=torture&sort=paragraph&per_page=100");
    ASSERT_EQ(before.status, 200);
    for (const auto& item : before.body["items"]) EXPECT_EQ(item["paragraph"], "");
    import_into(server.database(), {pdf});
    const auto after = get_json(*client, "/api/v1/recommendations?q=torture&sort=paragraph&per_page=100");
    ASSERT_EQ(after.status, 200);
    std::set<std::string> paragraphs;
    for (const auto& item : after.body["items"]) paragraphs.insert(item["paragraph"].get<std::string>());
    for (int item = 9; item <= 15; ++item) EXPECT_EQ(paragraphs.count("143." + std::to_string(item)), 1U) << item;
    EXPECT_EQ(after.body.value("total", -1), 10);
}

}  // namespace
}  // namespace rectrack::test

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "cli/run_rectrack.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path report() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }
std::filesystem::path upr_info() { return shared_data("upr-info/18-vietnam.csv"); }

// `rectrack search` and `rectrack stats --by` over Viet Nam's 2014 report with the UPR Info rows, imported
// once for the suite (the tests only read).
class SearchCli : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(report()) || !std::filesystem::exists(upr_info())) return;
        dir_ = std::make_unique<TempDir>();
        imported_ = run({"import", report().string(), upr_info().string()});
    }
    static void TearDownTestSuite() { dir_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(report());
        RECTRACK_REQUIRE_FILE(upr_info());
        ASSERT_EQ(imported_.exit_code, 0) << imported_.err;
    }

    static CommandResult run(const std::vector<std::string>& args) {
        return run_rectrack(*dir_ / "vn.db", args, dir_->path());
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline CommandResult imported_;
};

TEST_F(SearchCli, TortureFindsTheConventionAgainstTortureParagraphs) {
    const auto json = single_json(run({"search", "torture", "--sort", "paragraph", "--json"}));
    EXPECT_EQ(json["total"], 10);
    std::set<std::string> paragraphs;
    for (const auto& item : json["items"]) paragraphs.insert(item["paragraph"].get<std::string>());
    for (int item = 9; item <= 15; ++item) EXPECT_EQ(paragraphs.count("143." + std::to_string(item)), 1U) << item;
    const auto text = run({"search", "torture"});
    ASSERT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("[Torture]"), std::string::npos) << text.out;
}

TEST_F(SearchCli, FiltersAndFacetsAgree) {
    const auto json = single_json(run({"search", "ratify", "--facet", "position", "--json"}));
    ASSERT_TRUE(json.contains("facets"));
    for (const auto& value : json["facets"]["position"]) {
        const auto filtered = single_json(
            run({"search", "ratify", "--filter", "position=" + value["value"].get<std::string>(), "--json"}));
        EXPECT_EQ(filtered["total"], value["count"]);
    }
    const auto from_france = single_json(run({"search", "ratify", "--filter", "recommending_state=France", "--json"}));
    for (const auto& item : from_france["items"]) {
        const auto& states = item["recommending_states"];
        EXPECT_NE(std::find(states.begin(), states.end(), "FRA"), states.end());
    }
}

TEST_F(SearchCli, StatisticsByFacetEqualTheOfficialFigures) {
    const auto by_position = single_json(run({"stats", "--state", "Viet Nam", "--by", "state", "--json"}));
    ASSERT_EQ(by_position["rows"].size(), 1U);
    EXPECT_EQ(by_position["rows"][0]["recommendations"], 227);
    EXPECT_EQ(by_position["rows"][0]["supported"], 182);
    EXPECT_EQ(by_position["rows"][0]["noted"], 45);
    EXPECT_EQ(by_position["rows"][0]["acceptance_rate"], 80.2);
    const auto by_recommending = single_json(run({"stats", "--by", "recommending_state", "--json"}));
    EXPECT_EQ(by_recommending["rows"].size(), 101U);
}

TEST_F(SearchCli, MalformedQueriesExitWithStatus2AndNameThePosition) {
    const auto quote = run({"search", "torture \"death penalty"});
    EXPECT_EQ(quote.exit_code, 2);
    EXPECT_NE(quote.err.find("position 9"), std::string::npos) << quote.err;
    const auto facet = run({"search", "torture", "--facet", "colour"});
    EXPECT_EQ(facet.exit_code, 2);
    EXPECT_NE(facet.err.find("colour"), std::string::npos) << facet.err;
    const auto filter = run({"search", "torture", "--filter", "position"});
    EXPECT_EQ(filter.exit_code, 2);
    const auto beyond = run({"search", "torture", "--page", "9"});
    EXPECT_EQ(beyond.exit_code, 2);
    EXPECT_NE(beyond.err.find("page 9"), std::string::npos) << beyond.err;
}

}  // namespace
}  // namespace rectrack::test

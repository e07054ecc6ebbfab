#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "cli/export_lines.hpp"
#include "cli/run_rectrack.hpp"
#include "cli/upr_info_rows.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_csv() { return shared_data("upr-info/18-vietnam.csv"); }

// What the CSV itself says about Viet Nam's session 18, counted by the test.
struct VietnamFacts {
    std::size_t rows = 0;
    std::size_t accepted_rows = 0;
    std::size_t noted_rows = 0;
    std::set<std::string> recommending_states;
    std::set<std::pair<std::string, std::string>> recommendations;  // text and response
    std::size_t supported = 0;
    std::size_t noted = 0;
};

VietnamFacts vietnam_facts() {
    VietnamFacts facts;
    for (const auto& row : read_upr_info_rows(vietnam_csv())) {
        ++facts.rows;
        if (row.response == "Accepted") ++facts.accepted_rows;
        if (row.response == "Noted") ++facts.noted_rows;
        facts.recommending_states.insert(state_code(row.from));
        if (facts.recommendations.insert({row.text, row.response}).second) {
            ++(row.response == "Accepted" ? facts.supported : facts.noted);
        }
    }
    return facts;
}

class VietnamImport : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(vietnam_csv())) return;
        dir_ = std::make_unique<TempDir>();
        imported_ = run_rectrack(database(), {"import", "--json", vietnam_csv().string()}, dir_->path());
    }

    static void TearDownTestSuite() { dir_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(vietnam_csv());
        ASSERT_EQ(imported_.exit_code, 0) << imported_.err;
    }

    static std::filesystem::path database() { return dir_->path() / "vietnam.db"; }
    static CommandResult run(const std::vector<std::string>& args) {
        return run_rectrack(database(), args, dir_->path());
    }

    static nlohmann::json run_json(const std::vector<std::string>& args) {
        const auto result = run(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return single_json(result);
    }

    static nlohmann::json review_stats() {
        const auto stats = run_json({"stats", "--json"});
        EXPECT_EQ(stats.at("reviews").size(), 1U);
        return stats.at("reviews").at(0);
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline CommandResult imported_;
};

TEST_F(VietnamImport, DataHas256RowsFrom101States195AcceptedAnd61Noted) {
    const auto facts = vietnam_facts();
    EXPECT_EQ(facts.rows, 256U);
    EXPECT_EQ(facts.accepted_rows, 195U);
    EXPECT_EQ(facts.noted_rows, 61U);
    EXPECT_EQ(facts.recommending_states.size(), 101U);
}

TEST_F(VietnamImport, ImportReportsVietNamSession18Cycle2With101States) {
    const auto facts = vietnam_facts();
    const auto summary = single_json(imported_);
    EXPECT_EQ(summary.at("rows").get<std::size_t>(), facts.rows);
    EXPECT_EQ(summary.at("recommendations").get<std::size_t>(), facts.recommendations.size());
    EXPECT_EQ(summary.at("voluntary_pledges").get<int>(), 0);
    EXPECT_EQ(summary.at("recommending_states").get<std::size_t>(), 101U);
    EXPECT_EQ(summary.at("positions").at("supported").get<std::size_t>(), facts.supported);
    EXPECT_EQ(summary.at("positions").at("noted").get<std::size_t>(), facts.noted);
    EXPECT_EQ(summary.at("created").get<std::size_t>(), facts.recommendations.size());
    ASSERT_EQ(summary.at("reviews").size(), 1U);
    const auto& review = summary.at("reviews").at(0);
    EXPECT_EQ(review.at("state"), "VNM");
    EXPECT_EQ(review.at("state_name"), "Viet Nam");
    EXPECT_EQ(review.at("mechanism"), "UPR");
    EXPECT_EQ(review.at("session").get<int>(), 18);
    EXPECT_EQ(review.at("cycle").get<int>(), 2);
    EXPECT_EQ(review.at("recommending_states").get<int>(), 101);
}

TEST_F(VietnamImport, StatsGiveTheReviewCountsAndAcceptanceRate) {
    const auto facts = vietnam_facts();
    const auto stats = review_stats();
    EXPECT_EQ(stats.at("state"), "VNM");
    EXPECT_EQ(stats.at("mechanism"), "UPR");
    EXPECT_EQ(stats.at("cycle").get<int>(), 2);
    EXPECT_EQ(stats.at("session").get<int>(), 18);
    EXPECT_EQ(stats.at("recommendations").get<std::size_t>(), facts.recommendations.size());
    EXPECT_EQ(stats.at("recommending_states").get<int>(), 101);
    EXPECT_EQ(stats.at("supported").get<std::size_t>(), facts.supported);
    EXPECT_EQ(stats.at("noted").get<std::size_t>(), facts.noted);
    const double rate =
        100.0 * static_cast<double>(facts.supported) / static_cast<double>(facts.supported + facts.noted);
    EXPECT_NEAR(stats.at("acceptance_rate").get<double>(), std::round(rate * 10.0) / 10.0, 1e-9);
}

TEST_F(VietnamImport, AcceptedAndNotedRowsAreStatesOfRecommendationsWithThatPosition) {
    const auto exported = run({"export", "--format", "jsonl"});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    std::map<std::string, std::size_t> pairs;
    for (const auto& line : export_lines(exported.out)) {
        ASSERT_EQ(line.at("texts").size(), 1U);
        pairs[line.at("position").get<std::string>()] += line.at("texts").at(0).at("states").size();
    }
    EXPECT_EQ(pairs["supported"], 195U);
    EXPECT_EQ(pairs["noted"], 61U);
    EXPECT_EQ(pairs.size(), 2U);
}

TEST_F(VietnamImport, ReimportingTheSameFileChangesNothing) {
    const TempDir dir;
    const auto db = dir / "again.db";
    ASSERT_EQ(run_rectrack(db, {"import", vietnam_csv().string()}, dir.path()).exit_code, 0);
    const auto before = database_dump(db, dir.path());
    const auto again = run_rectrack(db, {"import", "--json", vietnam_csv().string()}, dir.path());
    ASSERT_EQ(again.exit_code, 0) << again.err;
    const auto summary = single_json(again);
    EXPECT_EQ(summary.at("created").get<int>(), 0);
    EXPECT_EQ(summary.at("updated").get<int>(), 0);
    EXPECT_EQ(summary.at("unchanged").get<std::size_t>(), vietnam_facts().recommendations.size());
    EXPECT_EQ(database_dump(db, dir.path()), before);
}

TEST_F(VietnamImport, DryRunWritesNothingAndCountsAsTheRealImport) {
    const TempDir dir;
    const auto db = dir / "dry.db";
    const auto empty = database_dump(db, dir.path());
    const auto dry = run_rectrack(db, {"import", "--dry-run", "--json", vietnam_csv().string()}, dir.path());
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    EXPECT_EQ(database_dump(db, dir.path()), empty);
    auto dry_summary = single_json(dry);
    EXPECT_TRUE(dry_summary.at("dry_run").get<bool>());

    auto real_summary = single_json(imported_);
    // Ids and import times belong to the write, not to the counts.
    for (auto* summary : {&dry_summary, &real_summary}) {
        summary->erase("dry_run");
        summary->erase("files");
        for (auto& review : summary->at("reviews")) review.erase("id");
    }
    EXPECT_EQ(dry_summary, real_summary);
}

TEST_F(VietnamImport, ListPagesThroughEveryRecommendationOnce) {
    const auto total = review_stats().at("recommendations").get<std::size_t>();
    std::set<std::int64_t> ids;
    constexpr int page_size = 100;
    for (std::size_t offset = 0; offset < total; offset += page_size) {
        const auto page =
            run_json({"list", "--json", "--offset", std::to_string(offset), "--limit", std::to_string(page_size)});
        EXPECT_EQ(page.at("total").get<std::size_t>(), total);
        EXPECT_EQ(page.at("offset").get<std::size_t>(), offset);
        EXPECT_EQ(page.at("limit").get<int>(), page_size);
        EXPECT_EQ(page.at("items").size(), std::min<std::size_t>(page_size, total - offset));
        for (const auto& item : page.at("items")) ids.insert(item.at("id").get<std::int64_t>());
    }
    EXPECT_EQ(ids.size(), total);
    const auto beyond = run_json({"list", "--json", "--offset", std::to_string(total), "--limit", "10"});
    EXPECT_TRUE(beyond.at("items").empty());
    EXPECT_EQ(beyond.at("total").get<std::size_t>(), total);
}

TEST_F(VietnamImport, ListFiltersAgreeWithStatsAndTheData) {
    const auto stats = review_stats();
    const auto total_of = [](const nlohmann::json& page) { return page.at("total").get<std::size_t>(); };
    EXPECT_EQ(total_of(run_json({"list", "--json", "--state", "Viet Nam"})),
              stats.at("recommendations").get<std::size_t>());
    EXPECT_EQ(total_of(run_json({"list", "--json", "--position", "supported"})),
              stats.at("supported").get<std::size_t>());

    EXPECT_EQ(total_of(run_json({"list", "--json", "--position", "noted"})), stats.at("noted").get<std::size_t>());
    const auto noted = run_json({"list", "--json", "--state", "Viet Nam", "--position", "noted", "--limit", "1000"});
    EXPECT_EQ(total_of(noted), stats.at("noted").get<std::size_t>());
    EXPECT_EQ(noted.at("items").size(), total_of(noted));
    for (const auto& item : noted.at("items")) EXPECT_EQ(item.at("position"), "noted");

    std::set<std::pair<std::string, std::string>> by_france;
    for (const auto& row : read_upr_info_rows(vietnam_csv())) {
        if (row.from == "France") by_france.insert({row.text, row.response});
    }
    ASSERT_FALSE(by_france.empty());
    const auto france = run_json({"list", "--json", "--from", "France", "--limit", "1000"});
    EXPECT_EQ(total_of(france), by_france.size());
    for (const auto& item : france.at("items")) {
        const auto states = item.at("recommending_states").get<std::set<std::string>>();
        EXPECT_TRUE(states.contains("FRA")) << item.dump();
        const std::string response = item.at("position") == "supported" ? "Accepted" : "Noted";
        EXPECT_TRUE(by_france.contains({item.at("texts").at(0).at("text").get<std::string>(), response}))
            << item.dump();
    }
    EXPECT_EQ(total_of(run_json({"list", "--json", "--state", "France"})), 0U);
}

TEST_F(VietnamImport, ShowGivesOneRecommendationWithItsReviewAndSource) {
    const auto listed = run_json({"list", "--json", "--from", "France", "--limit", "1"});
    ASSERT_EQ(listed.at("items").size(), 1U);
    const auto& item = listed.at("items").at(0);
    const auto shown = run_json({"show", std::to_string(item.at("id").get<std::int64_t>()), "--json"});
    EXPECT_EQ(shown.at("id"), item.at("id"));
    EXPECT_EQ(shown.at("texts"), item.at("texts"));
    EXPECT_EQ(shown.at("position"), item.at("position"));
    EXPECT_EQ(shown.at("kind"), "recommendation");
    EXPECT_EQ(shown.at("review").at("state"), "VNM");
    EXPECT_EQ(shown.at("review").at("session").get<int>(), 18);
    EXPECT_EQ(shown.at("review").at("cycle").get<int>(), 2);
    ASSERT_TRUE(shown.at("source").is_object());
    EXPECT_EQ(shown.at("source").at("file_name"), vietnam_csv().string());
    const auto text = shown.at("texts").at(0).at("text").get<std::string>();
    const std::string response = shown.at("position") == "supported" ? "Accepted" : "Noted";
    bool in_data = false;
    for (const auto& row : read_upr_info_rows(vietnam_csv())) {
        in_data = in_data || (row.text == text && row.from == "France" && row.response == response);
    }
    EXPECT_TRUE(in_data) << text;
}

TEST_F(VietnamImport, ShowOfAnUnknownIdFailsWithOneJsonError) {
    const auto missing = run({"show", "999999", "--json"});
    EXPECT_EQ(missing.exit_code, 3);
    EXPECT_FALSE(missing.err.empty());
    EXPECT_TRUE(single_json(missing).at("error").is_object());
}

TEST_F(VietnamImport, InitAndExportToAFilePrintOneJsonDocument) {
    const auto init = run_json({"init", "--json"});
    EXPECT_TRUE(init.at("ready").get<bool>());
    const auto file = dir_->path() / "vietnam.jsonl";
    const auto exported = run_json({"export", "--format", "jsonl", "--output", file.string(), "--json"});
    const auto lines = export_lines(read_bytes(file));
    EXPECT_EQ(exported.at("recommendations").get<std::size_t>(), lines.size());
    EXPECT_EQ(lines.size(), vietnam_facts().recommendations.size());
}

TEST_F(VietnamImport, StatsJsonHasEveryField) {
    const auto stats = review_stats();
    for (const char* field : {"state", "mechanism"}) EXPECT_TRUE(stats.at(field).is_string()) << field;
    for (const char* field : {"cycle", "session", "recommendations", "recommending_states", "supported", "noted"}) {
        EXPECT_TRUE(stats.at(field).is_number_integer()) << field;
    }
    EXPECT_TRUE(stats.at("acceptance_rate").is_number());
}

}  // namespace
}  // namespace rectrack::test

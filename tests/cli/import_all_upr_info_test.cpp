#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/export_lines.hpp"
#include "cli/run_rectrack.hpp"
#include "cli/upr_info_rows.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

struct UprInfoFile {
    std::string name;
    std::size_t rows;  // as ../shared/data/README.md gives them
};

const std::vector<UprInfoFile>& upr_info_files() {
    static const std::vector<UprInfoFile> files{{"1-5.csv", 6094},   {"6-9.csv", 8343},      {"10-13.csv", 9047},
                                                {"14-17.csv", 9598}, {"voluntary.csv", 947}, {"18-vietnam.csv", 256}};
    return files;
}

// What identifies a recommendation as a CSV row describes it: state under review, session, text and response.
using RecommendationKey = std::tuple<std::string, int, std::string, std::string>;

std::string response_of(const nlohmann::json& line) {
    if (line.at("kind") == "voluntary_pledge") return line.at("position").is_null() ? "Voluntary Pledge" : "?";
    if (line.at("kind") != "recommendation") return "?";
    if (line.at("position") == "supported") return "Accepted";
    if (line.at("position") == "noted") return "Noted";
    return "?";
}

// All of upr-info imported once into one database, with the import summary and the JSONL export.
class AllUprInfo : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        for (const auto& file : upr_info_files()) {
            if (!std::filesystem::exists(shared_data("upr-info/" + file.name))) {
                missing_ = shared_data("upr-info/" + file.name).string();
                return;
            }
        }
        dir_ = std::make_unique<TempDir>();
        std::vector<std::string> args{"import", "--json"};
        for (const auto& file : upr_info_files()) args.push_back(shared_data("upr-info/" + file.name).string());
        imported_ = run_rectrack(database(), args, dir_->path());
        exported_ = run_rectrack(database(), {"export", "--format", "jsonl"}, dir_->path());
    }

    static void TearDownTestSuite() { dir_.reset(); }

    void SetUp() override {
        if (!missing_.empty()) GTEST_SKIP() << "missing " << missing_;
        ASSERT_EQ(imported_.exit_code, 0) << imported_.err;
        ASSERT_EQ(exported_.exit_code, 0) << exported_.err;
    }

    static std::filesystem::path database() { return dir_->path() / "all.db"; }

    static inline std::unique_ptr<TempDir> dir_;
    static inline std::string missing_;
    static inline CommandResult imported_;
    static inline CommandResult exported_;
};

TEST_F(AllUprInfo, ImportCountsEveryRowOfEveryFile) {
    std::size_t total = 0;
    for (const auto& file : upr_info_files()) {
        const auto rows = read_upr_info_rows(shared_data("upr-info/" + file.name));
        EXPECT_EQ(rows.size(), file.rows) << file.name;
        total += rows.size();
    }
    const auto summary = single_json(imported_);
    EXPECT_EQ(summary.at("rows").get<std::size_t>(), total);
    EXPECT_EQ(total, 34285U);
    EXPECT_EQ(summary.at("files").size(), upr_info_files().size());
    EXPECT_FALSE(summary.at("dry_run").get<bool>());
}

TEST_F(AllUprInfo, DryRunOfEachFileReportsItsRows) {
    for (const auto& file : upr_info_files()) {
        const auto path = shared_data("upr-info/" + file.name);
        const auto dry = run_rectrack(database(), {"import", "--dry-run", "--json", path.string()}, dir_->path());
        ASSERT_EQ(dry.exit_code, 0) << dry.err;
        const auto summary = single_json(dry);
        EXPECT_EQ(summary.at("rows").get<std::size_t>(), file.rows) << file.name;
        // Everything is in the database already.
        EXPECT_EQ(summary.at("created").get<int>(), 0) << file.name;
        EXPECT_EQ(summary.at("updated").get<int>(), 0) << file.name;
    }
}

TEST_F(AllUprInfo, StatsOfEveryReviewAgreeWithTheExport) {
    struct Counts {
        std::int64_t recommendations = 0, supported = 0, noted = 0, voluntary_pledges = 0;
        std::set<std::string> states;
    };
    std::map<std::tuple<std::string, int>, Counts> exported;
    for (const auto& line : export_lines(exported_.out)) {
        auto& counts = exported[{line.at("review").at("state"), line.at("review").at("session")}];
        if (line.at("kind") == "voluntary_pledge") {
            ++counts.voluntary_pledges;
            continue;
        }
        ++counts.recommendations;
        if (line.at("position") == "supported") ++counts.supported;
        if (line.at("position") == "noted") ++counts.noted;
        for (const auto& text : line.at("texts")) {
            for (const auto& state : text.at("states")) counts.states.insert(state.get<std::string>());
        }
    }
    const auto stats = run_rectrack(database(), {"stats", "--json"}, dir_->path());
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    const auto reviews = single_json(stats).at("reviews");
    EXPECT_EQ(reviews.size(), exported.size());
    for (const auto& review : reviews) {
        const auto& counts = exported[{review.at("state"), review.at("session")}];
        const std::string name = review.at("state").get<std::string>() + " " + review.at("session").dump();
        EXPECT_EQ(review.at("recommendations").get<std::int64_t>(), counts.recommendations) << name;
        EXPECT_EQ(review.at("supported").get<std::int64_t>(), counts.supported) << name;
        EXPECT_EQ(review.at("noted").get<std::int64_t>(), counts.noted) << name;
        EXPECT_EQ(review.at("voluntary_pledges").get<std::int64_t>(), counts.voluntary_pledges) << name;
        EXPECT_EQ(review.at("recommending_states").get<std::size_t>(), counts.states.size()) << name;
    }
}

TEST_F(AllUprInfo, EveryRowIsARecommendationOfItsReviewWithItsTextStateAndPosition) {
    std::map<RecommendationKey, std::vector<std::set<std::string>>> exported;
    for (const auto& line : export_lines(exported_.out)) {
        const auto& review = line.at("review");
        ASSERT_EQ(review.at("mechanism"), "UPR");
        ASSERT_EQ(review.at("cycle").get<int>(), upr_cycle(review.at("session").get<int>())) << line.dump();
        ASSERT_EQ(line.at("texts").size(), 1U) << line.dump();
        const auto& text = line.at("texts").at(0);
        const auto states = text.at("states").get<std::set<std::string>>();
        exported[{review.at("state"), review.at("session"), text.at("text"), response_of(line)}].push_back(states);
    }

    std::set<std::tuple<std::string, int, std::string, std::string, std::string>> row_pairs;
    std::size_t checked = 0;
    for (const auto& file : upr_info_files()) {
        for (const auto& row : read_upr_info_rows(shared_data("upr-info/" + file.name))) {
            const RecommendationKey key{state_code(row.to), row.session, row.text, row.response};
            const auto found = exported.find(key);
            ASSERT_NE(found, exported.end()) << file.name << " line " << row.line << ": no recommendation of " << row.to
                                             << " session " << row.session << " (" << row.response << "): " << row.text;
            if (row.from == "(Unknown)") {
                const bool stateless = std::any_of(found->second.begin(), found->second.end(),
                                                   [](const auto& states) { return states.empty(); });
                EXPECT_TRUE(stateless) << file.name << " line " << row.line << " names no state";
            } else {
                const std::string from = state_code(row.from);
                const bool made_by = std::any_of(found->second.begin(), found->second.end(),
                                                 [&](const auto& states) { return states.contains(from); });
                EXPECT_TRUE(made_by) << file.name << " line " << row.line << ": " << row.from << " missing";
                row_pairs.insert({std::get<0>(key), row.session, row.text, row.response, from});
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 34285U);

    // The other way round: every exported recommending state comes from a row.
    for (const auto& [key, recommendations] : exported) {
        for (const auto& states : recommendations) {
            for (const auto& state : states) {
                const auto& [to, session, text, response] = key;
                EXPECT_TRUE(row_pairs.contains({to, session, text, response, state}))
                    << to << " session " << session << " " << response << " " << state << ": " << text;
            }
        }
    }
}

TEST_F(AllUprInfo, ExportImportedIntoAnEmptyDatabaseExportsTheSameBytes) {
    const TempDir dir;
    const auto exported_file = dir / "export.jsonl";
    write_bytes(exported_file, exported_.out);
    const auto reimported = run_rectrack(dir / "copy.db", {"import", "--json", exported_file.string()}, dir.path());
    ASSERT_EQ(reimported.exit_code, 0) << reimported.err;
    const auto summary = single_json(reimported);
    EXPECT_EQ(summary.at("rows").get<std::size_t>(), export_lines(exported_.out).size());
    const auto again = run_rectrack(dir / "copy.db", {"export", "--format", "jsonl"}, dir.path());
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_TRUE(again.out == exported_.out) << "the export of the re-imported database differs";
}

}  // namespace
}  // namespace rectrack::test

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_rectrack.hpp"
#include "cli/upr_info_rows.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path report_pdf() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }
std::filesystem::path vietnam_csv() { return shared_data("upr-info/18-vietnam.csv"); }

const std::string womens_rights = "Women's rights";
const std::string education = "Right to education";
const std::string children = "Rights of the Child";

// The texts UPR Info lists as accepted under an issue, read from the export by the test itself.
std::set<std::string> accepted_texts_with_issue(const std::string& issue) {
    std::set<std::string> texts;
    for (const auto& row : read_upr_info_rows(vietnam_csv())) {
        if (row.response != "Accepted") continue;
        std::istringstream issues(row.issues);
        for (std::string one; std::getline(issues, one, ',');) {
            const auto first = one.find_first_not_of(' ');
            if (first != std::string::npos && one.substr(first, one.find_last_not_of(' ') - first + 1) == issue) {
                texts.insert(row.text);
            }
        }
    }
    return texts;
}

std::set<std::string> without(std::set<std::string> texts, const std::set<std::string>& taken) {
    for (const auto& text : taken) texts.erase(text);
    return texts;
}

// A coordinator and three ministries follow up Viet Nam's 2014 review: plan, bulk assignment by issue, progress
// reports on dated days, reviews. The whole scenario runs once; each test checks one outcome.
class ProgressScenario : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(report_pdf()) || !std::filesystem::exists(vietnam_csv())) return;
        dir_ = std::make_unique<TempDir>();
        json({"import", "--json", report_pdf().string(), vietnam_csv().string()});
        for (const auto& [code, name] : std::vector<std::pair<std::string, std::string>>{
                 {"MOFA", "Ministry of Foreign Affairs"},
                 {"MOLISA", "Ministry of Labour, Invalids and Social Affairs"},
                 {"MOET", "Ministry of Education and Training"},
                 {"MOJ", "Ministry of Justice"}}) {
            json({"institution", "add", code, "--name-en", name, "--json"});
        }
        review_ = json({"stats", "--json"}).at("reviews").at(0).at("review_id").get<std::int64_t>();
        plan_ = json({"plan", "create", "--name", "UPR cycle II master plan", "--review", std::to_string(review_),
                      "--decision", "1557/QD-TTg", "--decision-date", "2015-09-18", "--json"})
                    .at("id")
                    .get<std::int64_t>();
        assigned_["MOLISA"] = assign(womens_rights, "MOLISA", {"--support", "MOFA"});
        assigned_["MOET"] = assign(education, "MOET", {});
        assigned_["MOJ"] = assign(children, "MOJ", {"--support", "MOLISA"});
        const auto& molisa = assigned_["MOLISA"].ids;
        const auto& moet = assigned_["MOET"].ids;
        const auto& moj = assigned_["MOJ"].ids;
        // Reports (recommendation, institution, status, date) and the coordinator's decision on each.
        accept(report(molisa.at(0), "MOLISA", "implemented", "2016-06-01"));
        accept(report(molisa.at(1), "MOLISA", "in_progress", "2016-03-01"));
        accept(report(molisa.at(1), "MOLISA", "partially_implemented", "2017-05-01"));
        accept(report(moet.at(0), "MOET", "partially_implemented", "2016-09-01"));
        returned_ = report(moet.at(1), "MOET", "implemented", "2017-02-01");
        run({"progress", "review", std::to_string(returned_), "--return", "No evidence of the adopted law"});
        accept(report(moj.at(0), "MOJ", "later", "2016-12-01"));
        report(moj.at(1), "MOJ", "implemented", "2017-08-01");  // left waiting for review
        json({"activity", "add", "--plan", std::to_string(plan_), "--title", "Amend the Law on Gender Equality",
              "--deadline", "2017-12-31", "--owner", "MOLISA", "--json"});
    }

    static void TearDownTestSuite() { dir_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(report_pdf());
        RECTRACK_REQUIRE_FILE(vietnam_csv());
    }

    struct Assigned {
        std::int64_t count = 0;
        std::int64_t already_assigned = 0;
        std::vector<std::int64_t> ids;
    };

    static CommandResult run(const std::vector<std::string>& args) {
        auto result = run_rectrack(dir_->path() / "vietnam.db", args, dir_->path());
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result;
    }
    static nlohmann::json json(const std::vector<std::string>& args) { return single_json(run(args)); }

    static Assigned assign(const std::string& issue, const std::string& lead, std::vector<std::string> extra) {
        std::vector<std::string> args{"assign",
                                      "--plan",
                                      std::to_string(plan_),
                                      "--filter",
                                      "position=supported",
                                      "--filter",
                                      "issue=" + issue,
                                      "--lead",
                                      lead,
                                      "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto outcome = json(args);
        Assigned assigned{
            outcome.at("assigned").get<std::int64_t>(), outcome.at("already_assigned").get<std::int64_t>(), {}};
        for (const auto& assignment : outcome.at("assignments")) {
            assigned.ids.push_back(assignment.at("recommendation_id").get<std::int64_t>());
        }
        return assigned;
    }

    static std::int64_t report(std::int64_t rec, const std::string& institution, const std::string& status,
                               const std::string& date) {
        return json({"progress", "add", std::to_string(rec), "--institution", institution, "--status", status, "--date",
                     date, "--note", status + " on " + date, "--json"})
            .at("id")
            .get<std::int64_t>();
    }

    static void accept(std::int64_t update) { run({"progress", "review", std::to_string(update), "--accept"}); }

    static nlohmann::json snapshot(const std::string& as_of) {
        std::vector<std::string> args{"progress", "--review", std::to_string(review_), "--json"};
        if (!as_of.empty()) args.insert(args.end(), {"--as-of", as_of});
        return json(args);
    }

    static nlohmann::json row_of(const nlohmann::json& rows, const std::string& key, const nlohmann::json& value) {
        for (const auto& row : rows) {
            if (row.at(key) == value) return row;
        }
        ADD_FAILURE() << "no row with " << key << " " << value.dump();
        return nlohmann::json::object();
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline std::int64_t review_ = 0;
    static inline std::int64_t plan_ = 0;
    static inline std::int64_t returned_ = 0;
    static inline std::map<std::string, Assigned> assigned_;
};

TEST_F(ProgressScenario, BulkAssignmentByIssueTakesTheAcceptedRecommendationsOfThatIssueOnce) {
    const auto women = accepted_texts_with_issue(womens_rights);
    const auto schooling = without(accepted_texts_with_issue(education), women);
    const auto child = without(without(accepted_texts_with_issue(children), women), schooling);
    EXPECT_EQ(assigned_["MOLISA"].count, static_cast<std::int64_t>(women.size()));
    EXPECT_EQ(assigned_["MOET"].count, static_cast<std::int64_t>(schooling.size()));
    EXPECT_EQ(assigned_["MOJ"].count, static_cast<std::int64_t>(child.size()));
    EXPECT_EQ(assigned_["MOJ"].already_assigned,
              static_cast<std::int64_t>(accepted_texts_with_issue(children).size() - child.size()));
}

TEST_F(ProgressScenario, SnapshotTodayCountsTheLatestAcceptedUpdateOfEachSupportedRecommendation) {
    const auto today = snapshot("");
    // 182 supported recommendations (the report with UPR Info's answers); four have an accepted update: one
    // implemented, two partially implemented (one of them first in progress), one left for later.
    EXPECT_EQ(today.at("total"), 182);
    EXPECT_EQ(today.at("reported"), 4);
    EXPECT_EQ(today.at("by_status").at("implemented"), 1);
    EXPECT_EQ(today.at("by_status").at("partially_implemented"), 2);
    EXPECT_EQ(today.at("by_status").at("in_progress"), 0);
    EXPECT_EQ(today.at("by_status").at("later"), 1);
    EXPECT_EQ(today.at("by_status").at("not_started"), 182 - 4);
    EXPECT_EQ(today.at("mid_term").at("ongoing_or_partially_implemented"), 2);
    EXPECT_EQ(today.at("mid_term").at("to_be_considered_later"), 1);
}

TEST_F(ProgressScenario, SnapshotAsOfAPastDateCountsOnlyWhatWasReportedForThatDate) {
    // On 30 June 2016 only MOLISA's implemented one (1 June) and its first report, in progress (1 March), stood.
    const auto mid_2016 = snapshot("2016-06-30");
    EXPECT_EQ(mid_2016.at("as_of"), "2016-06-30");
    EXPECT_EQ(mid_2016.at("reported"), 2);
    EXPECT_EQ(mid_2016.at("by_status").at("implemented"), 1);
    EXPECT_EQ(mid_2016.at("by_status").at("in_progress"), 1);
    EXPECT_EQ(mid_2016.at("by_status").at("partially_implemented"), 0);
    EXPECT_EQ(mid_2016.at("by_status").at("not_started"), 180);
    const auto before = snapshot("2015-12-31");
    EXPECT_EQ(before.at("reported"), 0);
    EXPECT_EQ(before.at("by_status").at("not_started"), 182);
}

TEST_F(ProgressScenario, SnapshotCountsByLeadInstitutionAndByIssue) {
    const auto today = snapshot("");
    const auto& institutions = today.at("by_institution");
    const auto molisa = row_of(institutions, "institution", "MOLISA");
    EXPECT_EQ(molisa.at("total"), assigned_["MOLISA"].count);
    EXPECT_EQ(molisa.at("by_status").at("implemented"), 1);
    EXPECT_EQ(molisa.at("by_status").at("partially_implemented"), 1);
    const auto moet = row_of(institutions, "institution", "MOET");
    EXPECT_EQ(moet.at("total"), assigned_["MOET"].count);
    EXPECT_EQ(moet.at("by_status").at("partially_implemented"), 1);
    EXPECT_EQ(moet.at("by_status").at("implemented"), 0);  // its implemented report was returned
    const auto moj = row_of(institutions, "institution", "MOJ");
    EXPECT_EQ(moj.at("by_status").at("later"), 1);
    EXPECT_EQ(moj.at("by_status").at("implemented"), 0);  // its implemented report awaits review
    const auto unassigned = row_of(institutions, "institution", nullptr);
    EXPECT_EQ(unassigned.at("total"),
              182 - assigned_["MOLISA"].count - assigned_["MOET"].count - assigned_["MOJ"].count);
    // MOET's and MOJ's recommendations carry no women's rights label: both MOLISA updates count there alone.
    const auto women = row_of(today.at("by_issue"), "issue", womens_rights);
    EXPECT_EQ(women.at("total"), static_cast<std::int64_t>(accepted_texts_with_issue(womens_rights).size()));
    EXPECT_EQ(women.at("by_status").at("implemented"), 1);
    EXPECT_EQ(women.at("by_status").at("partially_implemented"), 1);
}

TEST_F(ProgressScenario, AReturnedUpdateCannotBeReviewedAgainAndTheTimelineShowsWhoDidWhat) {
    const auto again = run_rectrack(dir_->path() / "vietnam.db",
                                    {"progress", "review", std::to_string(returned_), "--accept"}, dir_->path());
    EXPECT_EQ(again.exit_code, 4);
    EXPECT_NE(again.err.find("already reviewed"), std::string::npos) << again.err;
    const auto timeline = json({"timeline", std::to_string(assigned_["MOLISA"].ids.at(1)), "--json"}).at("events");
    std::vector<std::string> actions;
    for (const auto& event : timeline)
        actions.push_back(event.at("entity").get<std::string>() + ":" + event.at("action").get<std::string>());
    const std::vector<std::string> expected{"assignment:create", "progress_update:submit", "progress_update:accept",
                                            "progress_update:submit", "progress_update:accept"};
    EXPECT_EQ(actions, expected);
    EXPECT_FALSE(timeline.at(0).at("actor").get<std::string>().empty());
    EXPECT_EQ(timeline.at(2).at("before").at("review"), "submitted");
    EXPECT_EQ(timeline.at(2).at("after").at("review"), "accepted");
}

TEST_F(ProgressScenario, OverdueListsLateActivitiesAndAssignmentsSilentForLongerThanTheGivenDays) {
    // Today only the two recommendations each ministry reported on in 2016-2017 are silent (the others were
    // assigned today); in 2030 every assignment is, and the activity due at the end of 2017 is late.
    const auto now = json({"overdue", "--days", "90", "--json"});
    ASSERT_EQ(now.at("institutions").size(), 3U);
    for (const auto& institution : now.at("institutions")) {
        EXPECT_EQ(institution.at("recommendations").size(), 2U) << institution.dump();
        EXPECT_FALSE(institution.at("recommendations").at(0).at("last_update").is_null());
    }
    const auto later = json({"overdue", "--days", "90", "--as-of", "2030-01-01", "--json"});
    std::map<std::string, std::size_t> silent;
    std::size_t late = 0;
    for (const auto& institution : later.at("institutions")) {
        silent[institution.at("institution").get<std::string>()] = institution.at("recommendations").size();
        late += institution.at("activities").size();
    }
    EXPECT_EQ(silent["MOLISA"], static_cast<std::size_t>(assigned_["MOLISA"].count));
    EXPECT_EQ(silent["MOET"], static_cast<std::size_t>(assigned_["MOET"].count));
    EXPECT_EQ(silent["MOJ"], static_cast<std::size_t>(assigned_["MOJ"].count));
    EXPECT_EQ(late, 1U);
    EXPECT_EQ(row_of(later.at("institutions"), "institution", "MOLISA").at("activities").at(0).at("days_late"),
              4384);  // 2017-12-31 to 2030-01-01: twelve years and a day, three of them leap years
}

TEST_F(ProgressScenario, WritesActAsAnExistingUserOnlyAndAnUnknownOneIsRefused) {
    const auto result = run_rectrack(
        dir_->path() / "vietnam.db",
        {"--as", "nobody", "institution", "add", "MPS", "--name-en", "Ministry of Public Security"}, dir_->path());
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("no user is named 'nobody'"), std::string::npos) << result.err;
    EXPECT_EQ(json({"institution", "list", "--json"}).at("items").size(), 4U);
}

}  // namespace
}  // namespace rectrack::test

// The CLI on the UN's own documents: Viet Nam's 2014 report with its UPR Info positions, and the
// memory a 300-page report may take.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/run_rectrack.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_report() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }

TEST(ImportUnDocuments, VietNamReportWithUprInfoRowsGivesTheOfficialFigures) {
    RECTRACK_REQUIRE_FILE(vietnam_report());
    RECTRACK_REQUIRE_FILE(shared_data("upr-info/18-vietnam.csv"));
    const TempDir dir;
    const auto db = dir / "vn.db";
    const auto report = run_rectrack(db, {"import", "--json", vietnam_report().string()}, dir.path());
    ASSERT_EQ(report.exit_code, 0) << report.err;
    const auto rows =
        run_rectrack(db, {"import", "--json", shared_data("upr-info/18-vietnam.csv").string()}, dir.path());
    ASSERT_EQ(rows.exit_code, 0) << rows.err;
    EXPECT_EQ(single_json(rows).at("unmatched"), 0);
    const auto stats = single_json(run_rectrack(db, {"stats", "--json"}, dir.path()));
    ASSERT_EQ(stats.at("reviews").size(), 1U);
    const auto& review = stats.at("reviews").at(0);
    EXPECT_EQ(review.at("state"), "VNM");
    EXPECT_EQ(review.at("session"), 18);
    EXPECT_EQ(review.at("recommendations"), 227);
    EXPECT_EQ(review.at("recommending_states"), 101);
    EXPECT_EQ(review.at("supported"), 182);
    EXPECT_EQ(review.at("noted"), 45);
    EXPECT_DOUBLE_EQ(review.at("acceptance_rate").get<double>(), 80.2);
}

// The stated bound: importing a report of 300 pages or more keeps the whole process under 128 MiB.
TEST(ImportUnDocuments, AThreeHundredPageReportStaysUnderTheMemoryBound) {
    RECTRACK_REQUIRE_FILE(vietnam_report());
    const TempDir dir;
    const auto joined = dir / "joined.pdf";
    std::string command = "pdfunite";
    for (int copy = 0; copy < 11; ++copy) command += " '" + vietnam_report().string() + "'";
    command += " '" + joined.string() + "'";
    if (std::system(command.c_str()) != 0) GTEST_SKIP() << "pdfunite (poppler-utils) is not installed";
    const auto result = run_rectrack(dir / "big.db", {"import", "--dry-run", "--json", joined.string()}, dir.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(single_json(result).at("recommendations"), 227);
    constexpr long bound_kib = 128L * 1024;
    EXPECT_LT(result.peak_rss_kib, bound_kib);
    EXPECT_GT(result.peak_rss_kib, 0);
}

}  // namespace
}  // namespace rectrack::test

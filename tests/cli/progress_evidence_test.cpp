#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "cli/run_rectrack.hpp"
#include "common/sha256.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_csv() { return shared_data("upr-info/18-vietnam.csv"); }
std::filesystem::path report_pdf() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }

// One recommendation of Viet Nam's session 18 assigned to the Ministry of Justice, which reports on it.
class ProgressEvidence : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(vietnam_csv())) return;
        dir_ = std::make_unique<TempDir>();
        run({"import", vietnam_csv().string()});
        run({"institution", "add", "MOJ", "--name-en", "Ministry of Justice"});
        run({"plan", "create", "--name", "UPR cycle II master plan", "--review", "1"});
        rec_ = single_json(run({"list", "--position", "supported", "--limit", "1", "--json"}))
                   .at("items")
                   .at(0)
                   .at("id")
                   .get<std::int64_t>();
        run({"assign", "--plan", "1", "--rec", std::to_string(rec_), "--lead", "MOJ"});
    }
    static void TearDownTestSuite() { dir_.reset(); }
    void SetUp() override { RECTRACK_REQUIRE_FILE(vietnam_csv()); }

    static CommandResult run(const std::vector<std::string>& args) {
        return run_rectrack(dir_->path() / "vietnam.db", args, dir_->path());
    }
    static CommandResult report_with(const std::filesystem::path& evidence) {
        return run({"progress", "add", std::to_string(rec_), "--institution", "MOJ", "--status", "in_progress",
                    "--evidence", evidence.string()});
    }
    static std::size_t updates() {
        return single_json(run({"timeline", std::to_string(rec_), "--json"})).at("events").size();
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline std::int64_t rec_ = 0;
};

TEST_F(ProgressEvidence, AFileOverTheLimitIsRefusedNamingTheFileAndTheLimit) {
    const auto big = dir_->path() / "minutes.txt";
    write_bytes(big, std::string(std::size_t{16} * 1024 * 1024 + 1, 'a'));
    const auto before = updates();
    const auto result = report_with(big);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("minutes.txt"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("over the limit of 16777216 bytes"), std::string::npos) << result.err;
    EXPECT_EQ(updates(), before);
}

TEST_F(ProgressEvidence, AFileOfAForbiddenTypeIsRefusedNamingTheFileAndItsType) {
    const auto script = dir_->path() / "report.pdf";
    write_bytes(script, "#!/bin/sh\necho not a report\n");
    const auto result = report_with(script);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("'report.pdf' refused: type text/x-shellscript"), std::string::npos) << result.err;
}

TEST_F(ProgressEvidence, AnAcceptedFileIsKeptBesideTheDatabaseUnderItsHash) {
    RECTRACK_REQUIRE_FILE(report_pdf());
    const auto result = run({"progress", "add", std::to_string(rec_), "--institution", "MOJ", "--status",
                             "partially_implemented", "--evidence", report_pdf().string(), "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto evidence = single_json(result).at("evidence").at(0);
    const std::string hash = sha256_hex(read_bytes(report_pdf()));
    EXPECT_EQ(evidence.at("sha256"), hash);
    EXPECT_EQ(evidence.at("media_type"), "application/pdf");
    EXPECT_EQ(evidence.at("file_name"), "A_HRC_26_6_working_group_report.pdf");
    const auto kept = dir_->path() / "evidence" / hash.substr(0, 2) / hash;
    ASSERT_TRUE(std::filesystem::exists(kept));
    EXPECT_EQ(read_bytes(kept), read_bytes(report_pdf()));
}

}  // namespace
}  // namespace rectrack::test

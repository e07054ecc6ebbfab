#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "cli/run_rectrack.hpp"
#include "cli/upr_info_rows.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_csv() { return shared_data("upr-info/18-vietnam.csv"); }

std::vector<std::string> lines_of(const std::filesystem::path& path) {
    std::istringstream text(read_bytes(path));
    std::vector<std::string> lines;
    for (std::string line; std::getline(text, line);) lines.push_back(line);
    return lines;
}

std::string quoted(const std::string& field) {
    std::string out = "\"";
    for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

// One model trained by the CLI on Viet Nam's session 18 for the whole suite.
class ClassifyCommand : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(vietnam_csv())) return;
        dir_ = std::make_unique<TempDir>();
        const auto trained = run_rectrack(*dir_ / "unused.db",
                                          {"train", "--from", vietnam_csv().string(), "--out",
                                           (*dir_ / "model").string(), "--epochs", "10", "--json"},
                                          dir_->path());
        ASSERT_EQ(trained.exit_code, 0) << trained.err;
    }
    static void TearDownTestSuite() { dir_.reset(); }
    void SetUp() override { RECTRACK_REQUIRE_FILE(vietnam_csv()); }

    static CommandResult classify(const std::filesystem::path& input, const std::string& output,
                                  const std::string& format = "upr-info-csv") {
        return run_rectrack(*dir_ / "unused.db",
                            {"classify", "--model", (*dir_ / "model").string(), "--input", input.string(), "--format",
                             format, "--output", (*dir_ / output).string()},
                            dir_->path());
    }

    static inline std::unique_ptr<TempDir> dir_;
};

TEST_F(ClassifyCommand, WritesOnePredictionPerDataRowInFileOrder) {
    const auto rows = read_upr_info_rows(vietnam_csv());
    ASSERT_EQ(rows.size(), 256U);
    const auto result = classify(vietnam_csv(), "forward.jsonl");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto forward = lines_of(*dir_ / "forward.jsonl");
    ASSERT_EQ(forward.size(), rows.size());
    for (const auto& line : forward) {
        const auto prediction = nlohmann::json::parse(line);
        ASSERT_TRUE(prediction["issues"].is_array());
        EXPECT_FALSE(prediction["issues"].empty());
        ASSERT_TRUE(prediction["action"].is_number_integer());
        EXPECT_GE(prediction["action"].get<int>(), 1);
        EXPECT_LE(prediction["action"].get<int>(), 5);
        for (const auto& issue : prediction["issues"]) EXPECT_TRUE(prediction["confidence"]["issues"].contains(issue));
        EXPECT_GT(prediction["confidence"]["action"].get<double>(), 0.0);
    }
    // The same rows written in reverse order give the same predictions in reverse order.
    std::string reversed = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
        reversed += quoted(row->to) + ",," + "," + quoted(row->text) + "," + quoted(row->from) + ",,," +
                    quoted(row->response) + ",,," + std::to_string(row->session) + "\n";
    }
    write_bytes(*dir_ / "reversed.csv", reversed);
    ASSERT_EQ(classify(*dir_ / "reversed.csv", "backward.jsonl").exit_code, 0);
    auto backward = lines_of(*dir_ / "backward.jsonl");
    std::reverse(backward.begin(), backward.end());
    EXPECT_EQ(backward, forward);
}

TEST_F(ClassifyCommand, BadInputIsRefusedWithTheRightExitCode) {
    const auto no_model = run_rectrack(*dir_ / "unused.db",
                                       {"classify", "--model", (*dir_ / "absent").string(), "--input",
                                        vietnam_csv().string(), "--output", (*dir_ / "x.jsonl").string()},
                                       dir_->path());
    EXPECT_EQ(no_model.exit_code, 3);
    EXPECT_NE(no_model.err.find("absent"), std::string::npos) << no_model.err;

    const auto wrong_format = classify(vietnam_csv(), "y.jsonl", "upr-report-pdf");
    EXPECT_EQ(wrong_format.exit_code, 2);
    EXPECT_NE(wrong_format.err.find("upr-report-pdf"), std::string::npos) << wrong_format.err;

    write_bytes(*dir_ / "other.csv", "Recommendation,From\nRatify CAT,France\n");
    const auto not_upr_info = classify(*dir_ / "other.csv", "z.jsonl");
    EXPECT_EQ(not_upr_info.exit_code, 2);
    EXPECT_NE(not_upr_info.err.find("other.csv:1"), std::string::npos) << not_upr_info.err;
    EXPECT_FALSE(std::filesystem::exists(*dir_ / "z.jsonl"));

    const auto no_output = run_rectrack(
        *dir_ / "unused.db", {"classify", "--model", (*dir_ / "model").string(), "--input", vietnam_csv().string()},
        dir_->path());
    EXPECT_EQ(no_output.exit_code, 2);
}

}  // namespace
}  // namespace rectrack::test

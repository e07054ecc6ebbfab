#include <gtest/gtest.h>

#include "cli/run_rectrack.hpp"
#include "support/temp_dir.hpp"

namespace rectrack::test {
namespace {

class InstitutionImport : public ::testing::Test {
 protected:
    CommandResult run(const std::vector<std::string>& args) {
        return run_rectrack(dir_.path() / "db.sqlite", args, dir_.path());
    }
    std::filesystem::path csv(const std::string& name, const std::string& text) {
        write_bytes(dir_.path() / name, text);
        return dir_.path() / name;
    }
    TempDir dir_;
};

// A child listed before its parent; Vietnamese names with diacritics.
constexpr std::string_view ministries =
    "code,name_en,name_vi,parent\n"
    "DHR,Department of International Organizations,Vụ Các tổ chức quốc tế,MOFA\n"
    "MOFA,Ministry of Foreign Affairs,Bộ Ngoại giao,\n"
    "MOJ,Ministry of Justice,Bộ Tư pháp,\n";

TEST_F(InstitutionImport, ImportsChildrenBeforeParentsAndAgainChangesNothing) {
    const auto file = csv("ministries.csv", std::string(ministries));
    const auto first = single_json(run({"institution", "import", file.string(), "--json"}));
    EXPECT_EQ(first.at("created"), 3);
    const auto again = single_json(run({"institution", "import", file.string(), "--json"}));
    EXPECT_EQ(again.at("created"), 0);
    EXPECT_EQ(again.at("unchanged"), 3);
    const auto listed = single_json(run({"institution", "list", "--json"})).at("items");
    ASSERT_EQ(listed.size(), 3U);
    EXPECT_EQ(listed.at(0).at("code"), "DHR");
    EXPECT_EQ(listed.at(0).at("parent_id"), listed.at(1).at("id"));
    EXPECT_EQ(listed.at(1).at("names").at("vi"), "Bộ Ngoại giao");
}

TEST_F(InstitutionImport, AnUnknownParentNamesTheFileAndLineAndNothingIsWritten) {
    const auto file =
        csv("bad.csv", "code,name_en,parent\nMOJ,Ministry of Justice,\nMPS,Ministry of Public Security,GOV\n");
    const auto result = run({"institution", "import", file.string()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no institution has the code 'GOV'"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("bad.csv, line: 3"), std::string::npos) << result.err;
    EXPECT_TRUE(single_json(run({"institution", "list", "--json"})).at("items").empty());
}

TEST_F(InstitutionImport, MergingKeepsTheMergedRecordAndRefusesItForNewWork) {
    run({"institution", "import", csv("ministries.csv", std::string(ministries)).string()});
    const auto merged = single_json(run({"institution", "merge", "DHR", "--into", "MOFA", "--json"}));
    EXPECT_EQ(merged.at("merged").at("merged_into_id"), merged.at("into").at("id"));
    const auto again = run({"institution", "merge", "DHR", "--into", "MOJ"});
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_NE(again.err.find("merged into MOFA"), std::string::npos) << again.err;
}

}  // namespace
}  // namespace rectrack::test

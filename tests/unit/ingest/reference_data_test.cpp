#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/reference_data_loader.hpp"

namespace rectrack {
namespace {

const BuiltinReferenceData& data() {
    static const BuiltinReferenceData loaded;
    return loaded;
}

TEST(ReferenceData, HoldsTheUprAndTheTenTreatyBodies) {
    std::vector<std::string> codes;
    for (const auto& mechanism : data().mechanisms()) codes.push_back(mechanism.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"UPR", "CCPR", "CESCR", "CEDAW", "CRC", "CAT", "CERD", "CRPD", "CMW",
                                               "CED", "SPT"}));
    const auto* upr = data().find_mechanism("UPR");
    ASSERT_NE(upr, nullptr);
    EXPECT_EQ(upr->kind, MechanismKind::upr);
    EXPECT_TRUE(upr->treaty.empty());
    const auto* ccpr = data().find_mechanism("CCPR");
    ASSERT_NE(ccpr, nullptr);
    EXPECT_EQ(ccpr->name, "Human Rights Committee");
    EXPECT_EQ(ccpr->treaty, "International Covenant on Civil and Political Rights");
    EXPECT_EQ(ccpr->kind, MechanismKind::treaty_body);
    EXPECT_EQ(data().find_mechanism("XYZ"), nullptr);
}

TEST(ReferenceData, MechanismKindsRoundTrip) {
    for (const auto kind : {MechanismKind::upr, MechanismKind::treaty_body, MechanismKind::special_procedure}) {
        EXPECT_EQ(mechanism_kind_from_string(to_string(kind)), kind);
    }
    EXPECT_EQ(mechanism_kind_from_string("treaty body"), std::nullopt);
}

TEST(ReferenceData, HoldsThe17GoalsAnd169Targets) {
    ASSERT_EQ(data().sdg_goals().size(), 17U);
    for (std::size_t i = 0; i < data().sdg_goals().size(); ++i) {
        EXPECT_EQ(data().sdg_goals()[i].number, static_cast<int>(i) + 1);
    }
    EXPECT_EQ(data().sdg_goals()[4].title, "Achieve gender equality and empower all women and girls");
    EXPECT_EQ(data().sdg_targets().size(), 169U);

    std::map<int, int> per_goal;
    std::set<std::string> codes;
    for (const auto& target : data().sdg_targets()) {
        ++per_goal[target.goal];
        codes.insert(target.code);
        EXPECT_FALSE(target.text.empty()) << target.code;
    }
    EXPECT_EQ(codes.size(), 169U);
    const std::map<int, int> expected{{1, 7},  {2, 8},   {3, 13},  {4, 10},  {5, 9},   {6, 8},
                                      {7, 5},  {8, 12},  {9, 8},   {10, 10}, {11, 10}, {12, 11},
                                      {13, 5}, {14, 10}, {15, 12}, {16, 12}, {17, 19}};
    EXPECT_EQ(per_goal, expected);
    EXPECT_TRUE(codes.contains("1.a"));
    EXPECT_TRUE(codes.contains("16.10"));
    EXPECT_TRUE(codes.contains("17.19"));
}

TEST(ReferenceData, HoldsTheUprInfoIssuesAsTheExportsSpellThem) {
    EXPECT_EQ(data().issues().size(), 54U);
    std::set<std::string> names;
    for (const auto& issue : data().issues()) {
        names.insert(issue.name);
        EXPECT_FALSE(issue.definition.empty()) << issue.name;
    }
    EXPECT_EQ(names.size(), 54U);
    for (const char* name : {"Women's rights", "Torture and other CID treatment", "Detention", "HIV - Aids",
                             "Technical assistance and cooperation", "Sexual Orientation and Gender Identity",
                             "Rights of the Child", "NHRI", "UPR process"}) {
        EXPECT_TRUE(names.contains(name)) << name;
    }
}

TEST(ReferenceData, HoldsTheFiveActionCategories) {
    ASSERT_EQ(data().action_categories().size(), 5U);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(data().action_categories()[i].number, i + 1);
        EXPECT_FALSE(data().action_categories()[i].name.empty());
    }
}

TEST(ReferenceData, MalformedFileThrowsNamingFileAndLine) {
    const std::vector<EmbeddedFile> files{
        {"data/mechanisms.tsv", "code\tname\ttreaty\tkind\nUPR\tUniversal Periodic Review\t\tupr\n"},
        {"data/sdg_goals.tsv", "number\ttitle\n1\tEnd poverty in all its forms everywhere\n"},
        {"data/sdg_targets.tsv", "code\tgoal\ttext\n1.1\t1\tBy 2030\n2.1\t1\tmisfiled\n"},
        {"data/upr_info_issues.tsv", "name\tdefinition\nGeneral\tbroad\n"},
        {"data/action_categories.tsv", "number\tname\tdefinition\n1\tMinimal\tsmall\n"},
    };
    try {
        const BuiltinReferenceData loaded(files);
        FAIL() << "expected an exception";
    } catch (const std::runtime_error& error) {
        EXPECT_EQ(std::string(error.what()).rfind("data/sdg_targets.tsv:3:", 0), 0U) << error.what();
    }

    const std::vector<EmbeddedFile> short_row{
        {"data/mechanisms.tsv", "code\tname\ttreaty\tkind\nUPR\tUniversal Periodic Review\n"}};
    EXPECT_THROW(BuiltinReferenceData{short_row}, std::runtime_error);
    EXPECT_THROW(BuiltinReferenceData{std::vector<EmbeddedFile>{}}, std::runtime_error);
}

}  // namespace
}  // namespace rectrack

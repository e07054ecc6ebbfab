// Slovenia's three UPR cycles as the UN published them: each working-group report with the State's
// addendum gives the official supported and noted counts, and OHCHR's thematic list of the cycle says
// the same, paragraph by paragraph.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "import_fixture.hpp"
#include "support/test_paths.hpp"

namespace rectrack {
namespace {

std::filesystem::path slovenia(const std::string& name) { return test::shared_data("un-docs/slovenia/" + name); }

struct Paragraph {
    std::optional<Position> position;
    std::set<std::string> states;
    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

std::map<std::string, Paragraph> by_paragraph(test::ImportFixture& fixture) {
    std::map<std::string, Paragraph> paragraphs;
    for (const auto& rec : fixture.recommendations()) {
        const auto states = rec.recommending_states();
        paragraphs[rec.paragraph] = {rec.position, {states.begin(), states.end()}};
    }
    return paragraphs;
}

std::map<Position, int> positions(test::ImportFixture& fixture) {
    std::map<Position, int> counts;
    for (const auto& rec : fixture.recommendations()) {
        if (rec.position) ++counts[*rec.position];
    }
    return counts;
}

void import_ok(test::ImportFixture& fixture, const std::vector<std::filesystem::path>& files) {
    for (const auto& file : files) RECTRACK_REQUIRE_FILE(file);
    auto summary = fixture.import(files);
    ASSERT_TRUE(summary.ok()) << summary.error().message_id << " " << summary.error().arg("file");
}

TEST(SloveniaDocuments, CycleIIIReportAndAddendumGive182SupportedAnd33Noted) {
    test::ImportFixture fixture;
    import_ok(fixture, {slovenia("A_HRC_43_15_working_group_report.pdf"), slovenia("A_HRC_43_15_Add.1_responses.pdf")});
    const auto recs = fixture.recommendations();
    ASSERT_EQ(recs.size(), 215U);
    const auto counts = positions(fixture);
    EXPECT_EQ(counts.at(Position::supported), 182);
    EXPECT_EQ(counts.at(Position::noted), 33);
    EXPECT_EQ(counts.count(Position::pending), 0U);
    for (const auto& rec : recs) {
        // The report itself supported 121.1-121.58; the addendum answered the 122.x left to be examined.
        if (rec.paragraph.starts_with("121.")) EXPECT_EQ(rec.position, Position::supported) << rec.paragraph;
        EXPECT_FALSE(rec.texts.empty()) << rec.paragraph;
    }
}

TEST(SloveniaDocuments, CycleIIReportAndAddendumGive142SupportedAnd21Noted) {
    test::ImportFixture fixture;
    import_ok(fixture, {slovenia("A_HRC_28_15_working_group_report.pdf"), slovenia("A_HRC_28_15_Add.1_responses.pdf")});
    ASSERT_EQ(fixture.recommendations().size(), 163U);
    const auto counts = positions(fixture);
    EXPECT_EQ(counts.at(Position::supported), 142);
    EXPECT_EQ(counts.at(Position::noted), 21);
}

TEST(SloveniaDocuments, CycleIAddendumAnswersItemsOfParagraph111) {
    test::ImportFixture fixture;
    import_ok(fixture, {slovenia("A_HRC_14_15_working_group_report.pdf"), slovenia("A_HRC_14_15_Add.1_responses.pdf")});
    const auto paragraphs = by_paragraph(fixture);
    ASSERT_EQ(paragraphs.size(), 97U);
    // Read in the addendum: items 84, 88 and 93 are noted, 32 and 58 accepted only in part, 1 and 15 unanswered.
    EXPECT_EQ(paragraphs.at("111.84").position, Position::noted);
    EXPECT_EQ(paragraphs.at("111.88").position, Position::noted);
    EXPECT_EQ(paragraphs.at("111.93").position, Position::noted);
    EXPECT_EQ(paragraphs.at("111.32").position, Position::partially_supported);
    EXPECT_EQ(paragraphs.at("111.58").position, Position::partially_supported);
    EXPECT_EQ(paragraphs.at("111.1").position, Position::pending);
    EXPECT_EQ(paragraphs.at("111.15").position, Position::pending);
    const auto counts = positions(fixture);
    EXPECT_EQ(counts.at(Position::supported), 90);
}

class SloveniaThematicList : public ::testing::TestWithParam<std::tuple<const char*, const char*, const char*>> {};

TEST_P(SloveniaThematicList, AgreesWithReportAndAddendumParagraphByParagraph) {
    const auto [report, addendum, list] = GetParam();
    test::ImportFixture documents;
    import_ok(documents, {slovenia(report), slovenia(addendum)});
    test::ImportFixture thematic;
    import_ok(thematic, {slovenia(list)});
    EXPECT_EQ(by_paragraph(thematic), by_paragraph(documents));

    // On top of the documents, the list adds its themes and changes no position or state.
    const auto before = by_paragraph(documents);
    import_ok(documents, {slovenia(list)});
    EXPECT_EQ(by_paragraph(documents), before);
    for (const auto& rec : documents.recommendations()) {
        const bool themed = std::any_of(rec.labels.begin(), rec.labels.end(),
                                        [](const Label& label) { return label.kind == LabelKind::theme; });
        EXPECT_TRUE(themed) << rec.paragraph;
    }
    auto again = documents.import({slovenia(report), slovenia(addendum), slovenia(list)});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->created + again->updated, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Cycles, SloveniaThematicList,
    ::testing::Values(std::make_tuple("A_HRC_28_15_working_group_report.pdf", "A_HRC_28_15_Add.1_responses.pdf",
                                      "UPR20_thematic_list_of_recommendations.docx"),
                      std::make_tuple("A_HRC_43_15_working_group_report.pdf", "A_HRC_43_15_Add.1_responses.pdf",
                                      "UPR34_thematic_list_of_recommendations.docx")));

TEST(ChinaMatrix, Gives252EntriesWith204SupportedAnd48Noted) {
    test::ImportFixture fixture;
    import_ok(fixture, {test::shared_data("un-docs/china/UPR17_matrix_of_recommendations.docx")});
    ASSERT_EQ(fixture.recommendations().size(), 252U);
    const auto counts = positions(fixture);
    EXPECT_EQ(counts.at(Position::supported), 204);
    EXPECT_EQ(counts.at(Position::noted), 48);
}

TEST(UnDocuments, AnUnrelatedUnPdfIsRefusedAndWritesNothing) {
    test::ImportFixture fixture;
    import_ok(fixture, {slovenia("A_HRC_43_15_working_group_report.pdf")});
    const auto before = by_paragraph(fixture);
    const auto unrelated = test::shared_data("upr-info/Database_Action_Category.pdf");
    RECTRACK_REQUIRE_FILE(unrelated);
    auto refused = fixture.import({slovenia("A_HRC_43_15_Add.1_responses.pdf"), unrelated});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().arg("file").find("Database_Action_Category.pdf"), std::string::npos);
    EXPECT_EQ(by_paragraph(fixture), before);
}

}  // namespace
}  // namespace rectrack

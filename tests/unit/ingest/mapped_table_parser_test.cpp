#include "ingest/mapped_table_parser.hpp"

#include <gtest/gtest.h>

#include "ingest/state_normaliser.hpp"
#include "support/zip_file.hpp"

namespace rectrack {
namespace {

Result<ImportBatch> parse(const std::string& bytes, const std::string& spec, const std::string& state = "",
                          const std::string& name = "table.csv") {
    auto mapping = ColumnMapping::parse(spec);
    if (!mapping.ok()) return mapping.error();
    mapping->state_under_review = state;
    return MappedTableParser(StateNormaliser::builtin(), std::move(mapping.value())).parse(InputFile{name, bytes});
}

constexpr const char* ministry_table =
    "Ref;Recommendation;From;Response;Year\n"
    "143.9;Ratify the Convention against Torture;France, Chile;Accepted;2014\n"
    "143.9;Ratify the Convention against Torture;Japan;Accepted;2014\n"
    "143.10;Accede to the Optional Protocol;Denmark;Noted;2014\n";

constexpr const char* ministry_map = "text=Recommendation,states=From,position=Response,paragraph=Ref,year=Year";

TEST(MappedTableParser, RowsOfOneParagraphAreOneRecommendationOfAllTheirStates) {
    auto batch = parse(ministry_table, ministry_map, "Viet Nam");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    ASSERT_EQ(batch->reviews.size(), 1U);
    const auto& review = batch->reviews[0];
    EXPECT_EQ(review.review.state_code, "VNM");
    EXPECT_EQ(review.review.mechanism, "UPR");
    EXPECT_EQ(review.review.cycle, 2);  // 2014 fell in the second UPR cycle
    ASSERT_EQ(review.recommendations.size(), 2U);
    const auto& cat = review.recommendations[0];
    EXPECT_EQ(cat.paragraph, "143.9");
    EXPECT_EQ(cat.source_key, "143.9");
    ASSERT_EQ(cat.texts.size(), 1U);
    EXPECT_EQ(cat.texts[0].state_codes, (std::vector<std::string>{"FRA", "CHL", "JPN"}));
    EXPECT_EQ(cat.position, Position::supported);
    EXPECT_EQ(review.recommendations[1].position, Position::noted);
    EXPECT_EQ(batch->rows, 3);
}

TEST(MappedTableParser, StateUnderReviewFromAColumnAndSessionGivesTheCycle) {
    const std::string table =
        "To\tText\tSession\nSlovenia\tAdopt a national action plan\t34\nTurkey\tProtect journalists\t8\n";
    auto batch = parse(table, "text=Text,state_under_review=To,session=Session");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    ASSERT_EQ(batch->reviews.size(), 2U);
    EXPECT_EQ(batch->reviews[0].review.state_code, "SVN");
    EXPECT_EQ(batch->reviews[0].review.cycle, 3);
    EXPECT_EQ(batch->reviews[1].review.state_code, "TUR");
    EXPECT_EQ(batch->reviews[1].review.cycle, 1);
    EXPECT_FALSE(batch->reviews[0].recommendations[0].position.has_value());
}

TEST(MappedTableParser, ErrorsNameFileRowAndProblem) {
    auto unknown_state = parse("Text,From\nDo this,Atlantis\n", "text=Text,states=From", "VNM");
    ASSERT_FALSE(unknown_state.ok());
    EXPECT_EQ(unknown_state.error().message_id, "table.unknown_state");
    EXPECT_EQ(unknown_state.error().arg("row"), "2");
    EXPECT_EQ(unknown_state.error().arg("name"), "Atlantis");

    auto bad_position = parse("Text,Response\nDo this,Maybe\n", "text=Text,position=Response", "VNM");
    ASSERT_FALSE(bad_position.ok());
    EXPECT_EQ(bad_position.error().message_id, "table.bad_position");

    auto missing_column = parse("Text\nDo this\n", "text=Recommendation", "VNM");
    ASSERT_FALSE(missing_column.ok());
    EXPECT_EQ(missing_column.error().message_id, "table.unknown_column");
    EXPECT_EQ(missing_column.error().arg("available"), "Text");

    auto no_state = parse("Text\nDo this\n", "text=Text");
    ASSERT_FALSE(no_state.ok());
    EXPECT_EQ(no_state.error().message_id, "mapping.missing_field");

    auto ambiguous = parse("Text,Year\nDo this,2022\n", "text=Text,year=Year", "VNM");
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().message_id, "table.ambiguous_cycle");
}

TEST(ColumnMapping, RejectsMalformedAndUnknownFields) {
    EXPECT_EQ(ColumnMapping::parse("text").error().message_id, "mapping.malformed");
    EXPECT_EQ(ColumnMapping::parse("text=A,colour=B").error().message_id, "mapping.unknown_field");
    EXPECT_EQ(ColumnMapping::parse("states=From").error().message_id, "mapping.missing_field");
    EXPECT_TRUE(ColumnMapping::parse("text=A,states=B").ok());
}

TEST(MappedTableParser, ReadsTheFirstWorksheetOfAnXlsxWorkbook) {
    const std::string workbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                                 R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                                 R"(<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const std::string relations =
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    const std::string strings =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<si><t>Recommendation</t></si><si><t>From</t></si><si><t>Cycle</t></si>)"
        R"(<si><t>Guarantee freedom of expression</t></si><si><t>Sweden; Norway</t></si></sst>)";
    const std::string sheet =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)"
        R"(<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="inlineStr"><is><t>III</t></is></c></row>)"
        R"(</sheetData></worksheet>)";
    const auto file = test::zip_file("plan.xlsx", {{"xl/workbook.xml", workbook},
                                                   {"xl/_rels/workbook.xml.rels", relations},
                                                   {"xl/sharedStrings.xml", strings},
                                                   {"xl/worksheets/sheet1.xml", sheet}});
    auto batch = parse(file.bytes, "text=Recommendation,states=From,cycle=Cycle", "Viet Nam", "plan.xlsx");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    ASSERT_EQ(batch->reviews.size(), 1U);
    EXPECT_EQ(batch->reviews[0].review.cycle, 3);
    const auto& rec = batch->reviews[0].recommendations.at(0);
    EXPECT_EQ(rec.texts[0].text, "Guarantee freedom of expression");
    EXPECT_EQ(rec.texts[0].state_codes, (std::vector<std::string>{"SWE", "NOR"}));
}

}  // namespace
}  // namespace rectrack

#include "ingest/thematic_list_parser.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "domain/mechanism.hpp"
#include "ingest/docx_reader.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/sdg_reference.hpp"
#include "ingest/state_normaliser.hpp"
#include "ingest/working_group_report_parser.hpp"
#include "support/input_file.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"
#include "support/zip_file.hpp"

namespace rectrack {
namespace {

const StateDirectory& states() { return StateNormaliser::builtin(); }

std::string paragraph_xml(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

// A table row; each cell is a list of paragraphs, a cell of one "|span:N|" prefix spans N columns.
std::string row_xml(const std::vector<std::vector<std::string>>& cells) {
    std::string xml = "<w:tr>";
    for (const auto& cell : cells) {
        xml += "<w:tc>";
        for (const auto& paragraph : cell) xml += paragraph_xml(paragraph);
        xml += "</w:tc>";
    }
    return xml + "</w:tr>";
}

std::string spanning_row_xml(const std::string& text, int span) {
    return "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"" + std::to_string(span) + "\"/></w:tcPr>" + paragraph_xml(text) +
           "</w:tc></w:tr>";
}

std::string document_xml(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
           body + "</w:body></w:document>";
}

InputFile docx_file(const std::string& file_name, const std::string& body) {
    return test::zip_file(file_name, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml(body)}});
}

ImportBatch parse_ok(const InputFile& file) {
    auto batch = ThematicListParser(states()).parse(file);
    EXPECT_TRUE(batch.ok()) << batch.error().message_id << " " << batch.error().arg("detail") << " "
                            << batch.error().arg("name") << " row " << batch.error().arg("row");
    return batch.ok() ? std::move(batch).value() : ImportBatch{};
}

Error parse_error(const InputFile& file, DocxLimits limits = {}) {
    auto batch = ThematicListParser(states(), limits).parse(file);
    EXPECT_FALSE(batch.ok());
    return batch.ok() ? Error{} : batch.error();
}

const std::vector<Recommendation>& recommendations(const ImportBatch& batch) {
    static const std::vector<Recommendation> none;
    return batch.reviews.empty() ? none : batch.reviews.front().recommendations;
}

const Recommendation* find_paragraph(const std::vector<Recommendation>& recs, const std::string& paragraph) {
    const auto it =
        std::find_if(recs.begin(), recs.end(), [&](const Recommendation& r) { return r.paragraph == paragraph; });
    return it == recs.end() ? nullptr : &*it;
}

std::map<Position, int> position_counts(const std::vector<Recommendation>& recs) {
    std::map<Position, int> counts;
    for (const auto& r : recs) {
        if (r.position) ++counts[*r.position];
    }
    return counts;
}

std::set<std::string> paragraphs_of(const std::vector<Recommendation>& recs) {
    std::set<std::string> paragraphs;
    for (const auto& r : recs) paragraphs.insert(r.paragraph);
    return paragraphs;
}

std::set<std::string> expected_paragraphs(const std::vector<std::pair<int, int>>& ranges) {
    std::set<std::string> expected;
    for (const auto& [paragraph, count] : ranges) {
        for (int i = 1; i <= count; ++i) expected.insert(std::to_string(paragraph) + "." + std::to_string(i));
    }
    return expected;
}

std::vector<std::string> labels_of(const Recommendation& r, LabelKind kind) {
    std::vector<std::string> values;
    for (const auto& label : r.labels) {
        if (label.kind == kind) values.push_back(label.value);
    }
    return values;
}

std::set<std::string> state_set(const Recommendation& r) {
    const auto codes = r.recommending_states();
    return {codes.begin(), codes.end()};
}

// Every paragraph of the list is one of the report's, with the same recommending states, and vice versa.
void expect_agrees_with_report(const std::string& list, const std::string& report) {
    const auto list_path = test::shared_data(list);
    const auto report_path = test::shared_data(report);
    const auto listed = parse_ok(test::read_input_file(list_path));
    auto reported = WorkingGroupReportParser(states()).parse(test::read_input_file(report_path));
    ASSERT_TRUE(reported.ok()) << reported.error().message_id;
    const auto& from_report = reported->reviews.front().recommendations;
    EXPECT_EQ(paragraphs_of(recommendations(listed)), paragraphs_of(from_report));
    for (const auto& r : from_report) {
        const auto* in_list = find_paragraph(recommendations(listed), r.paragraph);
        ASSERT_NE(in_list, nullptr) << r.paragraph;
        EXPECT_EQ(state_set(*in_list), state_set(r)) << r.paragraph;
    }
    EXPECT_EQ(listed.reviews.front().review.state_code, reported->reviews.front().review.state_code);
    EXPECT_EQ(listed.reviews.front().review.session, reported->reviews.front().review.session);
}

TEST(ThematicListParser, SloveniaCycleTwoList) {
    const auto path = test::shared_data("un-docs/slovenia/UPR20_thematic_list_of_recommendations.docx");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_ok(test::read_input_file(path));
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 163U);
    EXPECT_EQ(batch.rows, 163);
    EXPECT_EQ(paragraphs_of(recs), expected_paragraphs({{115, 163}}));
    EXPECT_EQ(position_counts(recs), (std::map<Position, int>{{Position::supported, 142}, {Position::noted, 21}}));
    EXPECT_EQ(batch.document.kind, DocumentKind::thematic_list);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "SVN");
    EXPECT_EQ(review.session, 20);
    EXPECT_EQ(review.cycle, 2);
    EXPECT_EQ(review.document_symbol, "A/HRC/28/15");

    const auto* ilo = find_paragraph(recs, "115.133");
    ASSERT_NE(ilo, nullptr);
    EXPECT_EQ(labels_of(*ilo, LabelKind::theme),
              (std::vector<std::string>{"A12 Acceptance of international norms",
                                        "E32 Right to just and favourable conditions of work",
                                        "B31 Equality & non-discrimination"}));
    EXPECT_EQ(labels_of(*ilo, LabelKind::affected_group), (std::vector<std::string>{"general", "women"}));
    EXPECT_EQ(ilo->texts.front().state_codes, (std::vector<std::string>{"NIC"}));
    EXPECT_EQ(ilo->page, 0);
    EXPECT_TRUE(ilo->position_explanation.empty());

    const auto* disappearances = find_paragraph(recs, "115.16");
    ASSERT_NE(disappearances, nullptr);
    EXPECT_EQ(state_set(*disappearances), (std::set<std::string>{"BEL", "FRA", "TUN", "SLE", "ARG"}));
    // Under "Theme: A45 ..." the primary theme comes first although the row is filed under it as well.
    const auto* ombudsman = find_paragraph(recs, "115.32");
    ASSERT_NE(ombudsman, nullptr);
    EXPECT_EQ(labels_of(*ombudsman, LabelKind::theme).front(), "A45 National Human Rights Institution (NHRI)");
    const auto* migrants = find_paragraph(recs, "115.163");
    ASSERT_NE(migrants, nullptr);
    EXPECT_EQ(migrants->position, Position::noted);
    EXPECT_EQ(labels_of(*migrants, LabelKind::affected_group), (std::vector<std::string>{"migrants"}));
    for (const auto& r : recs) {
        EXPECT_FALSE(labels_of(r, LabelKind::theme).empty()) << r.paragraph;
        for (const auto& label : r.labels) EXPECT_EQ(label.provenance, Provenance::imported);
    }
}

TEST(ThematicListParser, SloveniaCycleThreeListWithSdgs) {
    const auto path = test::shared_data("un-docs/slovenia/UPR34_thematic_list_of_recommendations.docx");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_ok(test::read_input_file(path));
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 215U);
    EXPECT_EQ(paragraphs_of(recs), expected_paragraphs({{121, 58}, {122, 157}}));
    EXPECT_EQ(position_counts(recs), (std::map<Position, int>{{Position::supported, 182}, {Position::noted, 33}}));
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "SVN");
    EXPECT_EQ(review.session, 34);
    EXPECT_EQ(review.cycle, 3);

    const auto* ratify = find_paragraph(recs, "121.1");
    ASSERT_NE(ratify, nullptr);
    EXPECT_EQ(state_set(*ratify), (std::set<std::string>{"FRA", "LTU"}));
    EXPECT_EQ(labels_of(*ratify, LabelKind::theme),
              (std::vector<std::string>{"Acceptance of international norms", "Enforced disappearances"}));
    EXPECT_EQ(labels_of(*ratify, LabelKind::sdg_target), (std::vector<std::string>{"16"}));
    EXPECT_EQ(labels_of(*ratify, LabelKind::affected_group), (std::vector<std::string>{"Disappeared persons"}));
    const auto* health = find_paragraph(recs, "122.20");
    ASSERT_NE(health, nullptr);
    EXPECT_EQ(labels_of(*health, LabelKind::sdg_target), (std::vector<std::string>{"3", "16"}));
    // Two texts of one paragraph, each with its own state.
    const auto* committee = find_paragraph(recs, "122.11");
    ASSERT_NE(committee, nullptr);
    ASSERT_EQ(committee->texts.size(), 2U);
    EXPECT_EQ(committee->texts[0].state_codes, (std::vector<std::string>{"LTU"}));
    EXPECT_EQ(committee->texts[1].state_codes, (std::vector<std::string>{"SVK"}));
}

TEST(ThematicListParser, ChinaCycleTwoMatrix) {
    const auto path = test::shared_data("un-docs/china/UPR17_matrix_of_recommendations.docx");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_ok(test::read_input_file(path));
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 252U);
    EXPECT_EQ(paragraphs_of(recs).size(), 252U);
    EXPECT_EQ(position_counts(recs), (std::map<Position, int>{{Position::supported, 204}, {Position::noted, 48}}));
    EXPECT_EQ(batch.document.kind, DocumentKind::matrix);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "CHN");
    EXPECT_EQ(review.session, 17);
    EXPECT_EQ(review.cycle, 2);
    // The document prints "(Sierra Le one)"; the split name is mended rather than refused.
    const auto* iccpr = find_paragraph(recs, "186.1");
    ASSERT_NE(iccpr, nullptr);
    EXPECT_EQ(state_set(*iccpr),
              (std::set<std::string>{"ALB", "CHL", "BEL", "HUN", "JPN", "MDV", "ESP", "SLE", "FRA"}));
    EXPECT_EQ(iccpr->position, Position::noted);
    const auto* rome = find_paragraph(recs, "186.28");
    ASSERT_NE(rome, nullptr);
    EXPECT_EQ(rome->position, Position::supported);
    EXPECT_EQ(state_set(*rome), (std::set<std::string>{"MNG"}));
}

TEST(ThematicListParser, SloveniaCycleTwoListAgreesWithTheReport) {
    RECTRACK_REQUIRE_FILE(test::shared_data("un-docs/slovenia/UPR20_thematic_list_of_recommendations.docx"));
    RECTRACK_REQUIRE_FILE(test::shared_data("un-docs/slovenia/A_HRC_28_15_working_group_report.pdf"));
    expect_agrees_with_report("un-docs/slovenia/UPR20_thematic_list_of_recommendations.docx",
                              "un-docs/slovenia/A_HRC_28_15_working_group_report.pdf");
}

TEST(ThematicListParser, SloveniaCycleThreeListAgreesWithTheReport) {
    RECTRACK_REQUIRE_FILE(test::shared_data("un-docs/slovenia/UPR34_thematic_list_of_recommendations.docx"));
    RECTRACK_REQUIRE_FILE(test::shared_data("un-docs/slovenia/A_HRC_43_15_working_group_report.pdf"));
    expect_agrees_with_report("un-docs/slovenia/UPR34_thematic_list_of_recommendations.docx",
                              "un-docs/slovenia/A_HRC_43_15_working_group_report.pdf");
}

TEST(ThematicListParser, CycleFourLayoutWithSdgColumn) {
    const auto body =
        paragraph_xml("Universal Periodic Review of Slovenia - 48th session") + "<w:tbl>" +
        row_xml({{"Recommendation and recommending State"},
                 {"Position of the State under review"},
                 {"Human rights themes and groups of persons"},
                 {"Relevant SDGs"}}) +
        row_xml({{"150.1 Ratify the Optional Protocol (Ghana) (Iran (Islamic Republic of));", "Source of position: x"},
                 {"Supported"},
                 {"A12 Acceptance of international norms", "Affected persons:", "- women"},
                 {"SDG 5", "5.2", "Target 16.a", "SDG 18"}}) +
        row_xml({{"150.2 Consider a moratorium (Türkiye)"}, {"Noted"}, {"Death penalty"}, {}}) + "</w:tbl>";
    const auto batch = parse_ok(docx_file("list.docx", body));
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 2U);
    EXPECT_EQ(batch.reviews.front().review.session, 48);
    EXPECT_EQ(batch.reviews.front().review.cycle, upr_cycle_of_session(48));
    EXPECT_EQ(state_set(recs[0]), (std::set<std::string>{"GHA", "IRN"}));
    EXPECT_EQ(recs[0].texts.front().text, "Ratify the Optional Protocol");
    EXPECT_EQ(labels_of(recs[0], LabelKind::sdg_target), (std::vector<std::string>{"5", "5.2", "16.a"}));
    EXPECT_EQ(labels_of(recs[0], LabelKind::affected_group), (std::vector<std::string>{"women"}));
    EXPECT_EQ(state_set(recs[1]), (std::set<std::string>{"TUR"}));
    EXPECT_EQ(recs[1].position, Position::noted);
}

TEST(ThematicListParser, MatrixWithStatesColumnAndPartialSupport) {
    const auto body =
        "<w:tbl>" + row_xml({{"Recommendation"}, {"Recommending State"}, {"Position"}}) +
        spanning_row_xml("Theme: Right to education", 3) +
        row_xml({{"99.1. Guarantee free primary education"}, {"Cabo Verde", "Sweden"}, {"Supported/Noted"}}) +
        row_xml({{"99.2 Adopt a plan"}, {"Cape Verde"}, {"Supported"}}) + "</w:tbl>";
    const auto batch = parse_ok(docx_file("UPR31_Viet_Nam_matrix.docx", body));
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 2U);
    EXPECT_EQ(batch.document.kind, DocumentKind::matrix);
    EXPECT_EQ(batch.reviews.front().review.state_code, "VNM");
    EXPECT_EQ(batch.reviews.front().review.session, 31);
    EXPECT_EQ(recs[0].paragraph, "99.1");
    EXPECT_EQ(recs[0].position, Position::partially_supported);
    EXPECT_EQ(state_set(recs[0]), (std::set<std::string>{"CPV", "SWE"}));
    EXPECT_EQ(labels_of(recs[0], LabelKind::theme), (std::vector<std::string>{"Right to education"}));
    EXPECT_EQ(state_set(recs[1]), (std::set<std::string>{"CPV"}));
}

TEST(ThematicListParser, UnknownRecommendingStateNamesFileTableRowAndName) {
    const auto body = paragraph_xml("UPR of Slovenia (20th session)") + "<w:tbl>" +
                      row_xml({{"Recommendation"}, {"Position"}, {"Full list of themes"}}) +
                      row_xml({{"115.1 Ratify (Atlantis, France);"}, {"Supported"}, {"A12"}}) + "</w:tbl>";
    const auto error = parse_error(docx_file("atlantis.docx", body));
    EXPECT_EQ(error.message_id, "docx.unknown_state");
    EXPECT_EQ(error.arg("file"), "atlantis.docx");
    EXPECT_EQ(error.arg("table"), "1");
    EXPECT_EQ(error.arg("row"), "2");
    EXPECT_EQ(error.arg("name"), "Atlantis");
}

TEST(ThematicListParser, UnknownPositionIsRefused) {
    const auto body = paragraph_xml("UPR of Slovenia (20th session)") + "<w:tbl>" +
                      row_xml({{"Recommendation"}, {"Position"}}) +
                      row_xml({{"115.1 Ratify (France);"}, {"Maybe later"}}) + "</w:tbl>";
    const auto error = parse_error(docx_file("position.docx", body));
    EXPECT_EQ(error.message_id, "docx.bad_position");
    EXPECT_EQ(error.arg("detail"), "Maybe later");
}

TEST(ThematicListParser, DocxWithoutRecommendationTableIsRefused) {
    const auto body = paragraph_xml("UPR of Slovenia (20th session)") + "<w:tbl>" + row_xml({{"Name"}, {"Telephone"}}) +
                      row_xml({{"Ministry"}, {"123"}}) + "</w:tbl>";
    const auto error = parse_error(docx_file("contacts.docx", body));
    EXPECT_EQ(error.message_id, "docx.no_recommendation_table");
    EXPECT_EQ(error.arg("file"), "contacts.docx");
    EXPECT_EQ(parse_error(docx_file("plain.docx", paragraph_xml("Hello"))).message_id, "docx.no_recommendation_table");
}

TEST(ThematicListParser, HeadingWithoutStateOrSessionIsRefused) {
    const auto table = "<w:tbl>" + row_xml({{"Recommendation"}, {"Position"}}) +
                       row_xml({{"1.1 Ratify (France);"}, {"Supported"}}) + "</w:tbl>";
    EXPECT_EQ(parse_error(docx_file("list.docx", paragraph_xml("UPR 20th session") + table)).message_id,
              "docx.unknown_review_state");
    EXPECT_EQ(parse_error(docx_file("list.docx", paragraph_xml("UPR of Slovenia") + table)).message_id,
              "docx.no_session");
}

TEST(DocxReader, EmptyFileAndNonZipAreRefused) {
    EXPECT_EQ(parse_error(InputFile{"empty.docx", ""}).message_id, "docx.empty");
    const auto error = parse_error(InputFile{"report.docx", "%PDF-1.7 not a zip at all"});
    EXPECT_EQ(error.message_id, "docx.not_zip");
    EXPECT_EQ(error.arg("file"), "report.docx");
    EXPECT_EQ(parse_error(InputFile{"cut.docx", std::string("PK\x03\x04garbage", 11)}).message_id, "docx.unreadable");
}

TEST(DocxReader, ZipWithoutWordDocumentIsRefused) {
    const auto file = test::zip_file("book.xlsx", {{"xl/workbook.xml", "<workbook/>"}});
    EXPECT_EQ(parse_error(file).message_id, "docx.no_document");
    EXPECT_FALSE(ThematicListParser(states()).recognises(file));
}

TEST(DocxReader, ZipBombIsRefused) {
    const std::string zeros(std::size_t{48} << 20, '\0');
    const auto file = test::zip_file("bomb.docx", {{"word/document.xml", zeros}});
    ASSERT_LT(file.bytes.size(), std::size_t{1} << 20);
    const auto error = parse_error(file);
    EXPECT_EQ(error.message_id, "docx.zip_bomb");
    EXPECT_EQ(error.arg("file"), "bomb.docx");
    EXPECT_EQ(error.arg("name"), "word/document.xml");
}

TEST(DocxReader, EntryOverTheSizeLimitIsRefused) {
    const auto file = docx_file("big.docx", paragraph_xml(std::string(4096, 'x')));
    DocxLimits limits;
    limits.zip.max_entry_size = 1024;
    EXPECT_EQ(parse_error(file, limits).message_id, "docx.entry_too_large");
    limits = DocxLimits{};
    limits.max_document_xml = 1024;
    EXPECT_EQ(parse_error(file, limits).message_id, "docx.document_too_large");
}

TEST(DocxReader, TooManyEntriesAreRefused) {
    std::vector<std::pair<std::string, std::string>> entries{{"word/document.xml", document_xml("")}};
    for (int i = 0; i < 20; ++i) entries.emplace_back("word/media/image" + std::to_string(i) + ".png", "x");
    DocxLimits limits;
    limits.zip.max_entries = 10;
    EXPECT_EQ(parse_error(test::zip_file("many.docx", entries), limits).message_id, "docx.too_many_entries");
}

TEST(DocxReader, PathTraversalEntryNamesAreRefused) {
    for (const std::string name : {"../../etc/passwd", "/etc/passwd", "word/../../evil.xml", "C:\\evil.xml"}) {
        const auto file = test::zip_file("evil.docx", {{"word/document.xml", document_xml("")}, {name, "x"}});
        const auto error = parse_error(file);
        EXPECT_EQ(error.message_id, "docx.bad_entry_name") << name;
        EXPECT_EQ(error.arg("name"), name);
    }
}

TEST(DocxReader, ReadsTablesParagraphsAndHeaders) {
    const auto body =
        paragraph_xml("Title") + "<w:tbl>" + row_xml({{"a", "b"}, {"c"}}) + spanning_row_xml("wide", 2) + "</w:tbl>";
    const auto file = test::zip_file(
        "t.docx", {{"word/document.xml", document_xml(body)},
                   {"word/header1.xml", R"(<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/)"
                                        R"(2006/main"><w:p><w:r><w:t>UPR of X</w:t></w:r></w:p></w:hdr>)"}});
    EXPECT_TRUE(DocxReader::looks_like_docx(file.bytes));
    auto document = DocxReader::read(file);
    ASSERT_TRUE(document.ok()) << document.error().message_id;
    EXPECT_EQ(document->paragraphs, (std::vector<std::string>{"Title"}));
    ASSERT_EQ(document->tables.size(), 1U);
    const auto& rows = document->tables.front().rows;
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].cells[0].paragraphs, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(rows[1].cells[0].span, 2);
    EXPECT_EQ(document->header_paragraphs, (std::vector<std::string>{"UPR of X"}));
}

TEST(ThematicListParser, SdgReferencesAreNormalised) {
    EXPECT_EQ(sdg_references("SDG 5"), (std::vector<std::string>{"5"}));
    EXPECT_EQ(sdg_references("5.2"), (std::vector<std::string>{"5.2"}));
    EXPECT_EQ(sdg_references("- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"), (std::vector<std::string>{"16"}));
    EXPECT_EQ(sdg_references("Goal 3, 5.1; Target 16.b"), (std::vector<std::string>{"3", "5.1", "16.b"}));
    EXPECT_TRUE(sdg_references("SDG 18").empty());
    EXPECT_TRUE(sdg_references("2030 Agenda").empty());
}

TEST(ThematicListParser, RegistryPicksItForDocxOnly) {
    const auto docx = docx_file("list.docx", paragraph_xml("x"));
    const auto parsers = make_parsers(states());
    std::vector<std::string_view> recognising;
    for (const auto& parser : parsers) {
        if (parser->recognises(docx)) recognising.push_back(parser->format());
    }
    EXPECT_EQ(recognising, (std::vector<std::string_view>{"ohchr-docx"}));
    EXPECT_FALSE(ThematicListParser(states()).recognises(InputFile{"r.pdf", "%PDF-1.7"}));
}

}  // namespace
}  // namespace rectrack

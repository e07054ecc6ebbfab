#include "ingest/addendum_parser.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "common/message_catalog.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "ingest/working_group_report_parser.hpp"
#include "support/input_file.hpp"
#include "support/test_paths.hpp"

namespace rectrack {
namespace {

const AddendumParser& parser() {
    static const AddendumParser addendum(StateNormaliser::builtin());
    return addendum;
}

ImportBatch parse_shared(const std::string& relative) {
    auto batch = parser().parse(test::read_input_file(test::shared_data(relative)));
    EXPECT_TRUE(batch.ok()) << batch.error().message_id << " " << batch.error().arg("detail");
    return batch.ok() ? std::move(batch).value() : ImportBatch{};
}

const std::vector<Recommendation>& recommendations(const ImportBatch& batch) {
    static const std::vector<Recommendation> none;
    return batch.reviews.empty() ? none : batch.reviews.front().recommendations;
}

std::map<Position, int> count_by_position(const std::vector<Recommendation>& recs) {
    std::map<Position, int> counts;
    for (const auto& r : recs) counts[r.position.value_or(Position::pending)]++;
    return counts;
}

std::vector<std::string> paragraphs(const std::vector<Recommendation>& recs) {
    std::vector<std::string> out;
    for (const auto& r : recs) out.push_back(r.paragraph);
    return out;
}

std::vector<std::string> sequence(const std::string& prefix, int from, int to) {
    std::vector<std::string> out;
    for (int i = from; i <= to; ++i) out.push_back(prefix + std::to_string(i));
    return out;
}

const Recommendation& find(const std::vector<Recommendation>& recs, const std::string& paragraph) {
    static const Recommendation missing;
    const auto it = std::find_if(recs.begin(), recs.end(), [&](const auto& r) { return r.paragraph == paragraph; });
    return it == recs.end() ? missing : *it;
}

// The numbers given a position, as read from the addendum's paragraphs 3 and 4 (accepted) and 5 (noted).
std::set<std::string> expand(const std::vector<std::pair<int, int>>& ranges, const std::string& prefix) {
    std::set<std::string> out;
    for (const auto& [from, to] : ranges) {
        for (int i = from; i <= to; ++i) out.insert(prefix + std::to_string(i));
    }
    return out;
}

std::set<std::string> with_position(const std::vector<Recommendation>& recs, Position position) {
    std::set<std::string> out;
    for (const auto& r : recs) {
        if (r.position == position) out.insert(r.paragraph);
    }
    return out;
}

TEST(AddendumParser, SloveniaCycleThreeAnswers157RecommendationsLeftToBeExamined) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_43_15_Add.1_responses.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_43_15_Add.1_responses.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 157U);
    EXPECT_EQ(batch.rows, 157);
    EXPECT_EQ(paragraphs(recs), sequence("122.", 1, 157));
    // 124 supported and 33 noted, as paragraph 2 says; with the report's 58 that makes 182 and 33.
    const auto counts = count_by_position(recs);
    EXPECT_EQ(counts.at(Position::supported), 124);
    EXPECT_EQ(counts.at(Position::noted), 33);
    EXPECT_EQ(counts.size(), 2U);
    const auto noted = expand({{2, 10},    {13, 13},   {21, 21},   {25, 26},   {29, 29},   {42, 42},   {54, 55},
                               {58, 59},   {61, 61},   {67, 67},   {77, 77},   {118, 120}, {127, 127}, {132, 132},
                               {147, 147}, {149, 149}, {151, 151}, {153, 153}, {155, 155}, {157, 157}},
                              "122.");
    EXPECT_EQ(with_position(recs, Position::noted), noted);

    EXPECT_EQ(batch.document.symbol, "A/HRC/43/15/Add.1");
    EXPECT_EQ(batch.document.kind, DocumentKind::addendum);
    EXPECT_EQ(batch.document.pages, 8);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "SVN");
    EXPECT_EQ(review.document_symbol, "A/HRC/43/15");
    EXPECT_EQ(review.cycle, 3);
    EXPECT_EQ(review.dialogue_date, "2019-11-12");

    const auto& first = recs.front();
    EXPECT_EQ(first.source_key, "122.1");
    EXPECT_TRUE(first.texts.empty());
    EXPECT_EQ(first.page, 2);
    EXPECT_TRUE(first.position_explanation.empty());
    // An answer headed "122.14– 15" explains both; it ends before the next heading.
    EXPECT_EQ(
        find(recs, "122.15").position_explanation.rfind("Slovenia considers these recommendations implemented.", 0),
        0U);
    EXPECT_EQ(find(recs, "122.14").position_explanation, find(recs, "122.15").position_explanation);
    EXPECT_EQ(find(recs, "122.152").position_explanation.find("Noted recommendations"), std::string::npos);
    EXPECT_EQ(find(recs, "122.21").position_explanation, "The recommendation is incomprehensible.");
    EXPECT_EQ(find(recs, "122.21").page, 6);
    for (const auto& r : recs) {
        EXPECT_EQ(r.position_explanation.find("A/HRC/43/15"), std::string::npos) << r.paragraph;
        EXPECT_EQ(r.position_explanation.find("GE.20"), std::string::npos) << r.paragraph;
    }
}

TEST(AddendumParser, SloveniaCycleTwoAnswersAll163WithBareNumbersOfParagraph115) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_28_15_Add.1_responses.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_28_15_Add.1_responses.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 163U);
    EXPECT_EQ(paragraphs(recs), sequence("115.", 1, 163));
    // The thematic list UPR20 counts 142 Supported and 21 Noted.
    const auto counts = count_by_position(recs);
    EXPECT_EQ(counts.at(Position::supported), 142);
    EXPECT_EQ(counts.at(Position::noted), 21);
    const auto noted = expand(
        {{6, 13}, {17, 17}, {19, 19}, {26, 28}, {41, 41}, {132, 132}, {144, 144}, {153, 154}, {156, 157}, {163, 163}},
        "115.");
    EXPECT_EQ(with_position(recs, Position::noted), noted);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.document_symbol, "A/HRC/28/15");
    EXPECT_EQ(review.cycle, 2);
    EXPECT_EQ(review.dialogue_date, "2014-11-04");
    EXPECT_EQ(find(recs, "115.30").position_explanation, "See recommendation 24.");
    EXPECT_EQ(find(recs, "115.163").position_explanation,
              "See information on recommendations 6\xE2\x80\x93"
              "13.");
    EXPECT_EQ(find(recs, "115.6").position_explanation, find(recs, "115.13").position_explanation);
}

TEST(AddendumParser, SloveniaCycleOneAnswersItemByItemInATable) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_14_15_Add.1_responses.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_14_15_Add.1_responses.pdf");
    const auto& recs = recommendations(batch);
    // Items 1 ("cannot ... make a definitive statement") and 15 ("agrees with the importance") take no
    // position; the addendum names no paragraph, so the items stay bare (the report's 111.1-111.97).
    auto expected = sequence("", 2, 97);
    expected.erase(std::find(expected.begin(), expected.end(), "15"));
    EXPECT_EQ(paragraphs(recs), expected);
    const auto counts = count_by_position(recs);
    EXPECT_EQ(counts.at(Position::supported), 90);
    EXPECT_EQ(with_position(recs, Position::noted), (std::set<std::string>{"84", "88", "93"}));
    // Accepts one part, "cannot accept" another.
    EXPECT_EQ(with_position(recs, Position::partially_supported), (std::set<std::string>{"32", "58"}));
    // A row's numbers may run on to the next line: "40., 41., 42.," then "43., 44.".
    EXPECT_EQ(find(recs, "44").position, Position::supported);
    EXPECT_EQ(find(recs, "44").position_explanation,
              "Slovenia accepts these recommendations and already acts accordingly.");
    EXPECT_EQ(find(recs, "87").page, 7);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.document_symbol, "A/HRC/14/15");
    EXPECT_EQ(review.cycle, 1);
    EXPECT_EQ(review.dialogue_date, "2010-02-16");
}

TEST(AddendumParser, RecognisesAddendaButNotReportsOrOtherPdfs) {
    const auto addendum = test::shared_data("un-docs/slovenia/A_HRC_43_15_Add.1_responses.pdf");
    const auto report = test::shared_data("un-docs/slovenia/A_HRC_43_15_working_group_report.pdf");
    const auto other = test::shared_data("upr-info/Database_Action_Category.pdf");
    RECTRACK_REQUIRE_FILE(addendum);
    RECTRACK_REQUIRE_FILE(report);
    RECTRACK_REQUIRE_FILE(other);
    EXPECT_TRUE(parser().recognises(test::read_input_file(addendum)));
    EXPECT_FALSE(parser().recognises(test::read_input_file(report)));
    EXPECT_FALSE(parser().recognises(test::read_input_file(other)));
    EXPECT_FALSE(parser().recognises(InputFile{"a.csv", "To,From\n"}));
    // --format auto takes the first parser that recognises a file.
    const auto parsers = make_parsers(StateNormaliser::builtin());
    const auto first_for = [&](const std::filesystem::path& path) {
        const auto file = test::read_input_file(path);
        for (const auto& p : parsers) {
            if (p->recognises(file)) return std::string(p->format());
        }
        return std::string{};
    };
    EXPECT_EQ(first_for(addendum), "upr-addendum-pdf");
    EXPECT_EQ(first_for(report), "upr-report-pdf");
}

TEST(AddendumParser, RefusesTheReportAnUnrelatedPdfAndAnEmptyFile) {
    const auto report = test::shared_data("un-docs/slovenia/A_HRC_43_15_working_group_report.pdf");
    const auto other = test::shared_data("upr-info/Database_Action_Category.pdf");
    RECTRACK_REQUIRE_FILE(report);
    RECTRACK_REQUIRE_FILE(other);
    auto from_report = parser().parse(test::read_input_file(report));
    ASSERT_FALSE(from_report.ok());
    EXPECT_EQ(from_report.error().message_id, "addendum.not_addendum");
    EXPECT_EQ(from_report.error().arg("file"), "A_HRC_43_15_working_group_report.pdf");
    EXPECT_EQ(from_report.error().arg("page"), "1");
    EXPECT_NE(from_report.error().arg("detail").find("upr-report-pdf"), std::string::npos);
    auto from_other = parser().parse(test::read_input_file(other));
    ASSERT_FALSE(from_other.ok());
    EXPECT_EQ(from_other.error().message_id, "addendum.not_addendum");
    auto from_empty = parser().parse(InputFile{"empty.pdf", ""});
    ASSERT_FALSE(from_empty.ok());
    EXPECT_EQ(from_empty.error().message_id, "pdf.empty");
    EXPECT_EQ(from_empty.error().arg("file"), "empty.pdf");
}

TEST(AddendumParser, TheReportParserRefusesAnAddendum) {
    const auto addendum = test::shared_data("un-docs/slovenia/A_HRC_28_15_Add.1_responses.pdf");
    RECTRACK_REQUIRE_FILE(addendum);
    auto batch = WorkingGroupReportParser(StateNormaliser::builtin()).parse(test::read_input_file(addendum));
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message_id, "report.is_addendum");
    EXPECT_EQ(batch.error().arg("symbol"), "A/HRC/28/15/Add.1");
}

TEST(AddendumParser, EveryAddendumMessageIdHasAnEnglishText) {
    const std::regex id(R"(\"(addendum\.[a-z_]+|report\.is_addendum)\")");
    std::set<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "src" / "ingest")) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const auto source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), id), end; it != end; ++it) ids.insert((*it)[1]);
    }
    EXPECT_GE(ids.size(), 5U);
    for (const auto& message : ids) EXPECT_TRUE(MessageCatalog::builtin().has("en", message)) << message;
}

}  // namespace
}  // namespace rectrack

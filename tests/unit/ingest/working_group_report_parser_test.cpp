#include "ingest/working_group_report_parser.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "ingest/pdf_text.hpp"
#include "ingest/state_list_parser.hpp"
#include "ingest/state_normaliser.hpp"
#include "support/input_file.hpp"
#include "support/test_paths.hpp"

namespace rectrack {
namespace {

const StateDirectory& states() { return StateNormaliser::builtin(); }

// The builtin directory without one state, to see how an unknown recommending state is reported.
class DirectoryWithout final : public StateDirectory {
 public:
    explicit DirectoryWithout(std::string code) : code_(std::move(code)) {}
    [[nodiscard]] Result<const State*> resolve(std::string_view name) const override {
        auto state = states().resolve(name);
        if (state.ok() && (*state)->code == code_) return make_error(ErrorCode::invalid_input, "state.unknown");
        return state;
    }
    [[nodiscard]] const State* find_by_code(std::string_view code) const override {
        return states().find_by_code(code);
    }
    [[nodiscard]] const std::vector<State>& all() const override { return states().all(); }

 private:
    std::string code_;
};

ImportBatch parse_shared(const std::string& relative) {
    const auto file = test::read_input_file(test::shared_data(relative));
    auto batch = WorkingGroupReportParser(states()).parse(file);
    EXPECT_TRUE(batch.ok()) << batch.error().message_id << " " << batch.error().arg("detail") << " "
                            << batch.error().arg("name");
    return batch.ok() ? std::move(batch).value() : ImportBatch{};
}

const std::vector<Recommendation>& recommendations(const ImportBatch& batch) {
    static const std::vector<Recommendation> none;
    return batch.reviews.empty() ? none : batch.reviews.front().recommendations;
}

// Paragraphs "P.1" to "P.n" in order, for each (P, n).
void expect_paragraphs(const std::vector<Recommendation>& recs, const std::vector<std::pair<int, int>>& ranges) {
    std::vector<std::string> expected;
    for (const auto& [paragraph, count] : ranges) {
        for (int i = 1; i <= count; ++i) expected.push_back(std::to_string(paragraph) + "." + std::to_string(i));
    }
    std::vector<std::string> actual;
    for (const auto& r : recs) actual.push_back(r.paragraph);
    EXPECT_EQ(actual, expected);
}

const Recommendation* find_paragraph(const std::vector<Recommendation>& recs, const std::string& paragraph) {
    const auto it =
        std::find_if(recs.begin(), recs.end(), [&](const Recommendation& r) { return r.paragraph == paragraph; });
    return it == recs.end() ? nullptr : &*it;
}

std::map<std::string, int> positions_by_paragraph(const std::vector<Recommendation>& recs) {
    std::map<std::string, int> counts;
    for (const auto& r : recs) {
        const auto paragraph = r.paragraph.substr(0, r.paragraph.find('.'));
        counts[paragraph + " " + (r.position ? std::string(to_string(*r.position)) : "none")]++;
    }
    return counts;
}

TEST(WorkingGroupReportParser, VietNamCycleTwoHas227RecommendationsFrom101States) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 227U);
    EXPECT_EQ(batch.rows, 227);
    expect_paragraphs(recs, {{143, 227}});
    EXPECT_EQ(batch.document.symbol, "A/HRC/26/6");
    EXPECT_EQ(batch.document.kind, DocumentKind::working_group_report);
    EXPECT_EQ(batch.document.file_name, "A_HRC_26_6_working_group_report.pdf");
    EXPECT_EQ(batch.document.pages, 29);
    EXPECT_TRUE(batch.document.sha256.empty());
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "VNM");
    EXPECT_EQ(review.session, 18);
    EXPECT_EQ(review.cycle, 2);
    EXPECT_EQ(review.dialogue_date, "2014-02-05");
    EXPECT_EQ(review.adoption_date, "2014-02-07");
    EXPECT_EQ(review.document_symbol, "A/HRC/26/6");

    const auto& first = recs.front();
    EXPECT_EQ(first.source_key, "143.1");
    EXPECT_EQ(first.page, 14);
    EXPECT_EQ(first.kind, RecommendationKind::recommendation);
    ASSERT_EQ(first.texts.size(), 4U);
    EXPECT_EQ(first.texts[0].text,
              "Continue efforts to ratify international human rights instruments, to which Viet Nam is not yet a "
              "party");
    EXPECT_EQ(first.recommending_states(), (std::vector<std::string>{"NIC", "ALB", "AZE", "NER"}));
    EXPECT_EQ(first.texts[3].text, "Ratify international instruments to which Viet Nam is not yet a party");
    EXPECT_EQ(first.position, Position::pending);
    EXPECT_NE(first.position_explanation.find("will be examined by Viet Nam"), std::string::npos);

    // A ";" inside a text is no separator when no state list precedes it.
    const auto* ratify = find_paragraph(recs, "143.8");
    ASSERT_NE(ratify, nullptr);
    ASSERT_EQ(ratify->texts.size(), 1U);
    EXPECT_EQ(ratify->texts[0].state_codes, std::vector<std::string>{"PRT"});
    const auto* cat = find_paragraph(recs, "143.12");
    ASSERT_NE(cat, nullptr);
    ASSERT_EQ(cat->texts.size(), 2U);
    EXPECT_EQ(cat->texts[0].text, "Ratify CAT");
    EXPECT_EQ(cat->texts[0].state_codes, (std::vector<std::string>{"GAB", "MLI", "SVK"}));
    EXPECT_EQ(cat->texts[1].state_codes, std::vector<std::string>{"TGO"});
    // The paragraph continued on page 15 keeps no running header and no "GE." job number.
    EXPECT_EQ(find_paragraph(recs, "143.14")->page, 15);
    EXPECT_EQ(find_paragraph(recs, "143.148")->texts[0].text.substr(0, 64),
              "Allow bloggers, journalists, other internet users and non-govern");

    std::set<std::string> recommending;
    const std::regex glued_footnote(R"([a-z]{3,}\d)");
    for (const auto& r : recs) {
        for (const auto& t : r.texts) {
            recommending.insert(t.state_codes.begin(), t.state_codes.end());
            EXPECT_EQ(t.text.find("A/HRC"), std::string::npos) << r.paragraph;
            EXPECT_EQ(t.text.find("GE."), std::string::npos) << r.paragraph;
            EXPECT_EQ(t.text.find("*"), std::string::npos) << r.paragraph;
            EXPECT_EQ(t.text.find("  "), std::string::npos) << r.paragraph;
            EXPECT_EQ(t.text.find("- "), std::string::npos) << r.paragraph << ": " << t.text;
            EXPECT_FALSE(std::regex_search(t.text, glued_footnote)) << r.paragraph << ": " << t.text;
            EXPECT_FALSE(t.state_codes.empty()) << r.paragraph;
        }
    }
    EXPECT_EQ(recommending.size(), 101U);
}

TEST(WorkingGroupReportParser, VietNamCycleOneItemsInsideParagraphs) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_12_11_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/vietnam/A_HRC_12_11_working_group_report.pdf");
    const auto& recs = recommendations(batch);
    // Counted by reading the report: 99 lists items 1-93, 100 items 1-2, 101 items 1-5; 102 refers to
    // paragraphs of the dialogue only.
    ASSERT_EQ(recs.size(), 100U);
    expect_paragraphs(recs, {{99, 93}, {100, 2}, {101, 5}});
    const std::map<std::string, int> expected{{"99 supported", 93}, {"100 pending", 2}, {"101 supported", 5}};
    EXPECT_EQ(positions_by_paragraph(recs), expected);
    const auto& review = batch.reviews.front().review;
    EXPECT_EQ(review.state_code, "VNM");
    EXPECT_EQ(review.session, 5);
    EXPECT_EQ(review.cycle, 1);
    EXPECT_EQ(review.dialogue_date, "2009-05-08");
    EXPECT_EQ(review.adoption_date, "2009-05-12");
    EXPECT_EQ(batch.document.symbol, "A/HRC/12/11");

    const auto* implemented = find_paragraph(recs, "101.1");
    ASSERT_NE(implemented, nullptr);
    EXPECT_NE(implemented->position_explanation.find("have been implemented or are currently being implemented"),
              std::string::npos);
    // Item 3 joins four texts with ";", each followed by its own state list.
    const auto* accede = find_paragraph(recs, "99.3");
    ASSERT_NE(accede, nullptr);
    ASSERT_EQ(accede->texts.size(), 4U);
    EXPECT_EQ(accede->texts[0].text, "Accede to CAT in a timely manner");
    EXPECT_EQ(accede->texts[0].state_codes, (std::vector<std::string>{"AUS", "SWE", "NGA"}));
    EXPECT_EQ(accede->texts[3].state_codes, std::vector<std::string>{"CHL"});
    // "(Islamic Republic of Iran)" and "(United Kingdom)" are spellings of cycle I.
    EXPECT_EQ(find_paragraph(recs, "99.13")->recommending_states(), (std::vector<std::string>{"BEN", "IRN"}));
    EXPECT_EQ(find_paragraph(recs, "99.11")->recommending_states(), (std::vector<std::string>{"GBR", "AUS"}));
    EXPECT_EQ(find_paragraph(recs, "99.93")->texts[0].text, "Expedite implementation of its voluntary commitments");
}

TEST(WorkingGroupReportParser, SloveniaCycleOne) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_14_15_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_14_15_working_group_report.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 97U);
    expect_paragraphs(recs, {{111, 97}});
    EXPECT_EQ(batch.reviews.front().review.state_code, "SVN");
    EXPECT_EQ(batch.reviews.front().review.session, 7);
    EXPECT_EQ(batch.reviews.front().review.cycle, 1);
    EXPECT_TRUE(std::all_of(recs.begin(), recs.end(), [](const auto& r) { return r.position == Position::pending; }));
    // States attributing verbs inside one text ("joining (Algeria)/sign and ratify (Egypt)/...") stay one text.
    const auto& joining = recs.front();
    ASSERT_EQ(joining.texts.size(), 1U);
    EXPECT_EQ(joining.recommending_states(), (std::vector<std::string>{"DZA", "EGY", "BIH", "ARG"}));
    EXPECT_EQ(recs.back().texts[0].text,
              "To establish an effective and inclusive process for follow up on the recommendations resulting from "
              "the present review");
}

TEST(WorkingGroupReportParser, SloveniaCycleTwo) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_28_15_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_28_15_working_group_report.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 163U);
    expect_paragraphs(recs, {{115, 163}});
    EXPECT_EQ(batch.reviews.front().review.session, 20);
    EXPECT_EQ(batch.reviews.front().review.cycle, 2);
    // "(Iran (Islamic Republic of))" and "(…, Venezuela (Bolivarian Republic of), …)" across line ends.
    EXPECT_EQ(find_paragraph(recs, "115.6")->recommending_states(), std::vector<std::string>{"IRN"});
    EXPECT_EQ(find_paragraph(recs, "115.8")->recommending_states(),
              (std::vector<std::string>{"SEN", "SLE", "VEN", "PER", "URY"}));
    EXPECT_EQ(find_paragraph(recs, "115.13")->page, 14);
}

TEST(WorkingGroupReportParser, SloveniaCycleThreeSupportedThenPending) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_43_15_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = parse_shared("un-docs/slovenia/A_HRC_43_15_working_group_report.pdf");
    const auto& recs = recommendations(batch);
    ASSERT_EQ(recs.size(), 215U);
    expect_paragraphs(recs, {{121, 58}, {122, 157}});
    const std::map<std::string, int> expected{{"121 supported", 58}, {"122 pending", 157}};
    EXPECT_EQ(positions_by_paragraph(recs), expected);
    EXPECT_EQ(batch.reviews.front().review.session, 34);
    EXPECT_EQ(batch.reviews.front().review.cycle, 3);
    EXPECT_EQ(batch.reviews.front().review.dialogue_date, "2019-11-12");
    EXPECT_EQ(recs.front().recommending_states(), (std::vector<std::string>{"FRA", "LTU"}));
    const auto* merged = find_paragraph(recs, "121.2");
    ASSERT_NE(merged, nullptr);
    ASSERT_EQ(merged->texts.size(), 2U);
    EXPECT_EQ(merged->texts[1].state_codes, std::vector<std::string>{"SVK"});
}

TEST(WorkingGroupReportParser, UnknownRecommendingStateNamesFilePageParagraphAndName) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const DirectoryWithout no_niger("NER");
    const auto batch = WorkingGroupReportParser(no_niger).parse(test::read_input_file(path));
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message_id, "report.unknown_state");
    EXPECT_EQ(batch.error().arg("file"), "A_HRC_26_6_working_group_report.pdf");
    EXPECT_EQ(batch.error().arg("page"), "14");
    EXPECT_EQ(batch.error().arg("paragraph"), "143.1");
    EXPECT_EQ(batch.error().arg("name"), "Niger");
}

TEST(WorkingGroupReportParser, UnrelatedUnPdfIsRefused) {
    const auto path = test::shared_data("upr-info/Database_Action_Category.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = WorkingGroupReportParser(states()).parse(test::read_input_file(path));
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message_id, "report.not_working_group_report");
    EXPECT_EQ(batch.error().arg("file"), "Database_Action_Category.pdf");
}

TEST(WorkingGroupReportParser, AddendumHasNoWorkingGroupTitle) {
    const auto path = test::shared_data("un-docs/slovenia/A_HRC_43_15_Add.1_responses.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto batch = WorkingGroupReportParser(states()).parse(test::read_input_file(path));
    ASSERT_FALSE(batch.ok());
    EXPECT_TRUE(batch.error().message_id.starts_with("report.")) << batch.error().message_id;
}

TEST(WorkingGroupReportParser, PageAndWordLimitsAreEnforced) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    PdfTextLimits limits;
    limits.max_pages = 10;
    const auto batch = WorkingGroupReportParser(states(), limits).parse(test::read_input_file(path));
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message_id, "pdf.too_many_pages");
    EXPECT_EQ(batch.error().arg("pages"), "29");

    PdfTextLimits few_words;
    few_words.max_words = 1000;
    const auto words = WorkingGroupReportParser(states(), few_words).parse(test::read_input_file(path));
    ASSERT_FALSE(words.ok());
    EXPECT_EQ(words.error().message_id, "pdf.too_large");
    EXPECT_FALSE(words.error().arg("page").empty());
}

constexpr std::string_view blank_page_pdf =
    "%PDF-1.4\n"
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
    "trailer << /Root 1 0 R >>\n%%EOF\n";

// Standard security handler with a user password, so that the document cannot be opened without one.
constexpr std::string_view password_pdf =
    "%PDF-1.4\n"
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
    "4 0 obj << /Filter /Standard /V 1 /R 2 /P -44\n"
    "/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef>\n"
    "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >> endobj\n"
    "trailer << /Root 1 0 R /Encrypt 4 0 R\n"
    "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n%%EOF\n";

Error parse_error(std::string name, std::string_view bytes) {
    const auto batch = WorkingGroupReportParser(states()).parse(InputFile{std::move(name), std::string(bytes)});
    EXPECT_FALSE(batch.ok());
    return batch.ok() ? Error{} : batch.error();
}

TEST(WorkingGroupReportParser, BadFilesAreClearErrorsNamingTheFile) {
    const std::vector<std::pair<std::string_view, std::string>> cases{
        {"", "pdf.empty"},
        {"To,To-Rgrp,To-Org,Text\nViet Nam,Asia,ASEAN,Ratify CAT\n", "pdf.not_pdf"},
        {"%PDF-1.4\nnothing but garbage\n", "pdf.unreadable"},
        {blank_page_pdf, "pdf.no_text"},
        {password_pdf, "pdf.encrypted"},
    };
    for (const auto& [bytes, id] : cases) {
        const auto error = parse_error("report.pdf", bytes);
        EXPECT_EQ(error.message_id, id);
        EXPECT_EQ(error.arg("file"), "report.pdf") << id;
    }
}

TEST(WorkingGroupReportParser, RecognisesPdfBytes) {
    const WorkingGroupReportParser parser(states());
    EXPECT_EQ(parser.format(), "upr-report-pdf");
    EXPECT_TRUE(parser.recognises(InputFile{"a.pdf", std::string(blank_page_pdf)}));
    EXPECT_FALSE(parser.recognises(InputFile{"a.csv", "To,To-Rgrp\n"}));
}

std::vector<RecommendationText> split(std::string_view text) {
    auto texts = StateListParser(states()).split(text);
    EXPECT_TRUE(texts.ok()) << texts.error().arg("name");
    return texts.ok() ? std::move(texts).value() : std::vector<RecommendationText>{};
}

TEST(StateListParser, ListsOfStates) {
    EXPECT_EQ(split("Ratify CAT (France);"), (std::vector<RecommendationText>{{"Ratify CAT", {"FRA"}}}));
    EXPECT_EQ(split("Ratify CAT (Gabon, Mali, Slovakia)/Accede to CAT (Togo);"),
              (std::vector<RecommendationText>{{"Ratify CAT", {"GAB", "MLI", "SVK"}}, {"Accede to CAT", {"TGO"}}}));
    EXPECT_EQ(split("Ratify CAT (Bosnia and Herzegovina and Serbia)."),
              (std::vector<RecommendationText>{{"Ratify CAT", {"BIH", "SRB"}}}));
    EXPECT_EQ(split("Ratify CAT (France) (Lithuania);"),
              (std::vector<RecommendationText>{{"Ratify CAT", {"FRA", "LTU"}}}));
    EXPECT_EQ(split("Ratify ICRMW (Iran (Islamic Republic of))"),
              (std::vector<RecommendationText>{{"Ratify ICRMW", {"IRN"}}}));
    EXPECT_EQ(split("Ratify the Covenant (ICCPR) (Norway); Ratify OP-CAT (Chile)"),
              (std::vector<RecommendationText>{{"Ratify the Covenant (ICCPR)", {"NOR"}}, {"Ratify OP-CAT", {"CHL"}}}));
    EXPECT_EQ(split("Ratify the Convention, 1962 (No. 118)"),
              (std::vector<RecommendationText>{{"Ratify the Convention, 1962 (No. 118)", {}}}));
}

TEST(StateListParser, UnknownNameIsAnErrorNamingIt) {
    const auto texts = StateListParser(states()).split("Ratify CAT (Gabon, Atlantis, Mali);");
    ASSERT_FALSE(texts.ok());
    EXPECT_EQ(texts.error().message_id, "report.unknown_state");
    EXPECT_EQ(texts.error().arg("name"), "Atlantis");
    const auto alone = StateListParser(states()).split("Ratify CAT (Atlantis)/Accede to CAT (Togo)");
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().arg("name"), "Atlantis");
}

}  // namespace
}  // namespace rectrack

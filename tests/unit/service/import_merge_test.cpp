#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "unit/service/import_fixture.hpp"

namespace rectrack::test {
namespace {

// Hands back prepared batches for files named after them, as a report, addendum or thematic list would.
class PreparedParser final : public DocumentParser {
 public:
    explicit PreparedParser(std::map<std::string, ImportBatch>& batches) : batches_(batches) {}
    [[nodiscard]] std::string_view format() const override { return "prepared"; }
    [[nodiscard]] bool recognises(const InputFile& file) const override { return batches_.contains(file.name); }
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override { return batches_.at(file.name); }

 private:
    std::map<std::string, ImportBatch>& batches_;
};

Label imported_label(LabelKind kind, const std::string& value) { return Label{kind, value}; }

class ImportMerge : public ::testing::Test {
 protected:
    void SetUp() override { fixture_.add_parser(std::make_unique<PreparedParser>(batches_)); }

    // One review of Viet Nam (session 18) holding recommendations, as one document gives them.
    void prepare(const std::string& name, DocumentKind kind, std::vector<Recommendation> recommendations) {
        ImportBatch batch;
        batch.document.kind = kind;
        batch.document.file_name = name;
        ImportedReview review;
        review.review.state_code = "VNM";
        review.review.session = 18;
        review.review.cycle = 2;
        review.recommendations = std::move(recommendations);
        batch.rows = static_cast<long>(review.recommendations.size());
        batch.reviews.push_back(std::move(review));
        batches_[name] = std::move(batch);
    }

    Result<ImportSummary> import(const std::vector<std::string>& names) {
        ImportRequest request;
        for (const auto& name : names) request.files.push_back(InputFile{name, "bytes of " + name});
        return fixture_.run(request);
    }

    Recommendation paragraph(const std::string& number) {
        auto found = fixture_.store().recommendations().find_by_key(review_id(), number);
        EXPECT_TRUE(found.ok() && found->has_value()) << number;
        return found.ok() && found->has_value() ? **found : Recommendation{};
    }

    std::int64_t review_id() {
        auto reviews = fixture_.store().reviews().list();
        return reviews.ok() && !reviews->empty() ? reviews->front().id : 0;
    }

    static Recommendation numbered(const std::string& number, const std::string& text, std::optional<Position> position,
                                   int page = 0) {
        Recommendation r;
        r.paragraph = number;
        r.source_key = number;
        if (!text.empty()) r.texts.push_back(RecommendationText{text, {"FRA"}});
        r.position = position;
        r.page = page;
        return r;
    }

    static std::vector<std::string> label_values(const Recommendation& r) {
        std::vector<std::string> values;
        for (const auto& label : r.labels) values.push_back(label.value);
        std::sort(values.begin(), values.end());
        return values;
    }

    std::map<std::string, ImportBatch> batches_;
    ImportFixture fixture_;
};

TEST_F(ImportMerge, AnAddendumGivesThePositionOfTheReportsParagraphKeepingItsTextAndPage) {
    prepare("report.pdf", DocumentKind::working_group_report,
            {numbered("143.1", "Abolish the death penalty", Position::pending, 17)});
    Recommendation answer = numbered("143.1", "", Position::supported);
    answer.position_explanation = "A draft law is before the National Assembly";
    prepare("addendum.pdf", DocumentKind::addendum, {answer});

    ASSERT_TRUE(import({"report.pdf"}).ok());
    const auto report_document = paragraph("143.1").source_document_id;
    const auto summary = import({"addendum.pdf"});
    ASSERT_TRUE(summary.ok()) << summary.error().message_id;
    EXPECT_EQ(summary->updated, 1);

    const auto merged = paragraph("143.1");
    ASSERT_EQ(merged.texts.size(), 1U);
    EXPECT_EQ(merged.texts[0].text, "Abolish the death penalty");
    EXPECT_EQ(merged.position, Position::supported);
    EXPECT_EQ(merged.position_explanation, "A draft law is before the National Assembly");
    EXPECT_NE(merged.position_document_id, report_document);
    EXPECT_EQ(merged.source_document_id, report_document);
    EXPECT_EQ(merged.page, 17);
    EXPECT_EQ(fixture_.recommendations().size(), 1U);
}

TEST_F(ImportMerge, APendingPositionNeverOverridesTheStatesAnswer) {
    prepare("report.pdf", DocumentKind::working_group_report,
            {numbered("143.1", "Abolish the death penalty", Position::pending)});
    prepare("addendum.pdf", DocumentKind::addendum, {numbered("143.1", "", Position::noted)});
    ASSERT_TRUE(import({"report.pdf"}).ok());
    ASSERT_TRUE(import({"addendum.pdf"}).ok());

    const auto again = import({"report.pdf"});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->unchanged, 1);
    EXPECT_EQ(paragraph("143.1").position, Position::noted);
    EXPECT_EQ(import({"addendum.pdf"})->unchanged, 1);
}

TEST_F(ImportMerge, APositionForAParagraphNotYetImportedFailsAndWritesNothing) {
    prepare("report.pdf", DocumentKind::working_group_report,
            {numbered("143.1", "Abolish the death penalty", Position::pending)});
    prepare("addendum.pdf", DocumentKind::addendum,
            {numbered("143.1", "", Position::supported), numbered("143.2", "", Position::noted)});
    ASSERT_TRUE(import({"report.pdf"}).ok());
    const auto before = fixture_.recommendations();

    const auto failed = import({"addendum.pdf"});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message_id, "import.unknown_paragraph");
    EXPECT_EQ(failed.error().arg("file"), "addendum.pdf");
    EXPECT_EQ(failed.error().arg("paragraph"), "143.2");
    EXPECT_NE(failed.error().arg("review").find("VNM"), std::string::npos);
    const auto after = fixture_.recommendations();
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after[0].position, Position::pending);
    EXPECT_EQ(after[0].version, before[0].version);
}

TEST_F(ImportMerge, ADocumentsLabelsReplaceItsOwnEarlierLabelsAndKeepEveryOther) {
    Recommendation themed = numbered("143.1", "Abolish the death penalty", Position::supported);
    themed.labels = {imported_label(LabelKind::theme, "D2")};
    prepare("list.docx", DocumentKind::thematic_list, {themed});
    Recommendation with_sdg = numbered("143.1", "", Position::supported);
    with_sdg.labels = {imported_label(LabelKind::sdg_target, "16.1")};
    prepare("matrix.docx", DocumentKind::matrix, {with_sdg});
    ASSERT_TRUE(import({"list.docx", "matrix.docx"}).ok());
    EXPECT_EQ(label_values(paragraph("143.1")), (std::vector<std::string>{"16.1", "D2"}));

    // A person confirms a label; then the thematic list, revised, gives another theme.
    Recommendation edited = paragraph("143.1");
    edited.labels.push_back(Label{LabelKind::affected_group, "women", Provenance::confirmed});
    ASSERT_TRUE(fixture_.store().recommendations().update(edited).ok());
    themed.labels = {imported_label(LabelKind::theme, "D3")};
    prepare("list.docx", DocumentKind::thematic_list, {themed});
    ASSERT_TRUE(import({"list.docx"}).ok());
    EXPECT_EQ(label_values(paragraph("143.1")), (std::vector<std::string>{"16.1", "D3", "women"}));
    EXPECT_EQ(import({"list.docx"})->unchanged, 1);
}

}  // namespace
}  // namespace rectrack::test

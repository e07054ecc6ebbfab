#include <gtest/gtest.h>

#include <set>

#include "ingest/upr_info_csv_parser.hpp"
#include "support/test_paths.hpp"
#include "unit/service/import_fixture.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path report() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }
std::filesystem::path upr_info() { return shared_data("upr-info/18-vietnam.csv"); }

// The recommending states of the UPR Info rows, read by the real parser.
std::set<std::string> upr_info_states() {
    const InputFile file{upr_info().string(), ImportFixture::read(upr_info())};
    auto batch = UprInfoCsvParser(StateNormaliser::builtin()).parse(file);
    std::set<std::string> states;
    if (!batch.ok()) return states;
    for (const auto& review : batch->reviews) {
        for (const auto& rec : review.recommendations) {
            for (const auto& state : rec.recommending_states()) states.insert(state);
        }
    }
    return states;
}

std::string paragraph_of_item(int item) { return "143." + std::to_string(item); }

class VietnamReconciliation : public ::testing::TestWithParam<bool> {
 protected:
    void SetUp() override {
        RECTRACK_REQUIRE_FILE(report());
        RECTRACK_REQUIRE_FILE(upr_info());
        const bool report_first = GetParam();
        ASSERT_TRUE(fixture_.import({report_first ? report() : upr_info()}).ok());
        auto second = fixture_.import({report_first ? upr_info() : report()});
        ASSERT_TRUE(second.ok()) << second.error().message_id;
        second_ = *second;
    }

    ImportFixture fixture_;
    ImportSummary second_;
};

TEST_P(VietnamReconciliation, Gives227ParagraphsWithNoUnnumberedRecommendationLeft) {
    EXPECT_EQ(second_.unmatched, 0);
    const auto all = fixture_.recommendations();
    std::set<std::string> paragraphs;
    for (const auto& rec : all) paragraphs.insert(rec.paragraph);
    std::set<std::string> expected;
    for (int item = 1; item <= 227; ++item) expected.insert(paragraph_of_item(item));
    EXPECT_EQ(all.size(), 227U);
    EXPECT_EQ(paragraphs, expected);
}

TEST_P(VietnamReconciliation, Gives182SupportedAnd45NotedFrom101StatesThoseOfTheUprInfoRows) {
    std::size_t supported = 0;
    std::size_t noted = 0;
    std::set<std::string> states;
    for (const auto& rec : fixture_.recommendations()) {
        supported += rec.position == Position::supported ? 1 : 0;
        noted += rec.position == Position::noted ? 1 : 0;
        for (const auto& state : rec.recommending_states()) states.insert(state);
    }
    EXPECT_EQ(supported, 182U);
    EXPECT_EQ(noted, 45U);
    EXPECT_EQ(states.size(), 101U);
    EXPECT_EQ(states, upr_info_states());
}

TEST_P(VietnamReconciliation, Paragraph143_1CarriesTheIssuesOfItsFourUprInfoRows) {
    const auto review = fixture_.recommendations().front().review_id;
    const auto first = fixture_.store().recommendations().find_by_key(review, "143.1");
    ASSERT_TRUE(first.ok() && first->has_value());
    const Recommendation& paragraph = **first;
    EXPECT_EQ(paragraph.recommending_states(), (std::vector<std::string>{"NIC", "ALB", "AZE", "NER"}));
    std::set<std::string> issues;
    std::set<std::string> actions;
    for (const auto& label : paragraph.labels) {
        (label.kind == LabelKind::issue ? issues : actions).insert(label.value);
        EXPECT_TRUE(label.source_document_id.has_value());
    }
    EXPECT_EQ(issues, (std::set<std::string>{"International instruments"}));
    EXPECT_EQ(actions, (std::set<std::string>{"2", "3", "5"}));
    EXPECT_EQ(paragraph.position, Position::supported);
}

TEST_P(VietnamReconciliation, ReimportingEitherFileChangesNothing) {
    for (const auto& path : {report(), upr_info()}) {
        auto again = fixture_.import({path});
        ASSERT_TRUE(again.ok()) << again.error().message_id;
        EXPECT_EQ(again->created, 0) << path;
        EXPECT_EQ(again->updated, 0) << path;
        EXPECT_EQ(again->unchanged, again->recommendations) << path;
        EXPECT_EQ(again->unmatched, 0) << path;
    }
    EXPECT_EQ(fixture_.recommendations().size(), 227U);
}

INSTANTIATE_TEST_SUITE_P(BothOrders, VietnamReconciliation, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "ReportFirst" : "UprInfoFirst"; });

}  // namespace
}  // namespace rectrack::test

#include "service/suggest_labels.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/recommendation_classifier.hpp"
#include "service/train_classifier.hpp"
#include "support/test_paths.hpp"
#include "unit/service/import_fixture.hpp"

namespace rectrack::test {
namespace {

std::vector<Label> labels_of(const Recommendation& recommendation, LabelKind kind) {
    std::vector<Label> found;
    std::copy_if(recommendation.labels.begin(), recommendation.labels.end(), std::back_inserter(found),
                 [kind](const Label& label) { return label.kind == kind; });
    return found;
}

// Viet Nam's 2014 report (no labels of its own) with a small model trained on the session's UPR Info rows.
class Suggestions : public ::testing::Test {
 protected:
    void SetUp() override {
        const auto report = shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
        const auto rows = shared_data("upr-info/18-vietnam.csv");
        RECTRACK_REQUIRE_FILE(report);
        RECTRACK_REQUIRE_FILE(rows);
        ASSERT_TRUE(fixture_.import({report}).ok());
        const auto parsers = make_parsers(StateNormaliser::builtin());
        std::vector<const DocumentParser*> views;
        for (const auto& parser : parsers) views.push_back(parser.get());
        TrainRequest request;
        request.files.push_back({rows.string(), ImportFixture::read(rows)});
        request.output_directory = (models_ / "model").string();
        request.options.epochs = 10;
        request.options.buckets = 20000;
        auto trained = TrainClassifier(views).run(request);
        ASSERT_TRUE(trained.ok()) << trained.error().message_id;
        auto loaded = RecommendationClassifier::load(request.output_directory);
        ASSERT_TRUE(loaded.ok());
        classifier_ = std::make_unique<RecommendationClassifier>(std::move(loaded.value()));
        for (const auto& recommendation : fixture_.recommendations()) {
            by_paragraph_.emplace(recommendation.paragraph, recommendation);
        }
    }

    Recommendation stored(const std::string& paragraph) {
        auto found = fixture_.store().recommendations().get(by_paragraph_.at(paragraph).id);
        if (!found.ok()) throw std::runtime_error(found.error().message_id);
        return std::move(found.value());
    }

    void label(const std::string& paragraph, Label label) {
        auto recommendation = stored(paragraph);
        recommendation.labels.push_back(std::move(label));
        ASSERT_TRUE(fixture_.store().recommendations().update(recommendation).ok());
    }

    ImportFixture fixture_;
    TempDir models_;
    std::unique_ptr<RecommendationClassifier> classifier_;
    std::map<std::string, Recommendation> by_paragraph_;
};

TEST_F(Suggestions, NeverStandBesideOrReplaceLabelsADocumentOrAPersonGave) {
    label("143.1", Label{LabelKind::action_category, "2", Provenance::confirmed});
    label("143.2", Label{LabelKind::issue, "Women's rights", Provenance::imported});
    auto summary = SuggestLabels(fixture_.store(), *classifier_).run(std::nullopt);
    ASSERT_TRUE(summary.ok()) << summary.error().message_id;
    EXPECT_EQ(summary->recommendations, 227);
    EXPECT_EQ(summary->kept, 2);

    const auto confirmed = stored("143.1");
    ASSERT_EQ(labels_of(confirmed, LabelKind::action_category).size(), 1U);
    EXPECT_EQ(labels_of(confirmed, LabelKind::action_category)[0].provenance, Provenance::confirmed);
    EXPECT_EQ(labels_of(confirmed, LabelKind::action_category)[0].value, "2");
    EXPECT_FALSE(labels_of(confirmed, LabelKind::issue).empty());

    const auto imported = stored("143.2");
    ASSERT_EQ(labels_of(imported, LabelKind::issue).size(), 1U);
    EXPECT_EQ(labels_of(imported, LabelKind::issue)[0].provenance, Provenance::imported);
    ASSERT_EQ(labels_of(imported, LabelKind::action_category).size(), 1U);
    EXPECT_EQ(labels_of(imported, LabelKind::action_category)[0].provenance, Provenance::suggested);
    EXPECT_EQ(labels_of(imported, LabelKind::action_category)[0].model_version, classifier_->manifest().model_version);
}

TEST_F(Suggestions, AcceptedOnesAreConfirmedAndRejectedOnesNeverComeBack) {
    ASSERT_TRUE(SuggestLabels(fixture_.store(), *classifier_).run(std::nullopt).ok());
    const auto first = stored("143.3");
    const auto second = stored("143.4");
    const auto rejected = labels_of(first, LabelKind::issue).at(0).value;
    const auto accepted = labels_of(second, LabelKind::action_category).at(0).value;
    auto& labels = fixture_.store().labels();
    ASSERT_TRUE(labels.reject(first.id, LabelKind::issue, rejected).ok());
    ASSERT_TRUE(labels.accept(second.id, LabelKind::action_category, accepted).ok());
    EXPECT_EQ(labels.accept(second.id, LabelKind::action_category, accepted).error().code, ErrorCode::not_found);

    ASSERT_TRUE(SuggestLabels(fixture_.store(), *classifier_).run(std::nullopt).ok());
    const auto first_again = labels_of(stored("143.3"), LabelKind::issue);
    EXPECT_TRUE(std::none_of(first_again.begin(), first_again.end(),
                             [&](const Label& label) { return label.value == rejected; }));
    const auto second_again = labels_of(stored("143.4"), LabelKind::action_category);
    ASSERT_EQ(second_again.size(), 1U);
    EXPECT_EQ(second_again[0].provenance, Provenance::confirmed);
    EXPECT_EQ(second_again[0].value, accepted);

    auto listed = labels.suggestions(first.review_id, 0, 0);
    ASSERT_TRUE(listed.ok());
    auto counted = labels.count_suggestions(first.review_id);
    ASSERT_TRUE(counted.ok());
    EXPECT_EQ(static_cast<std::int64_t>(listed->size()), *counted);
    EXPECT_TRUE(std::all_of(listed->begin(), listed->end(), [](const LabelSuggestion& s) {
        return s.label.provenance == Provenance::suggested && !s.label.model_version.empty();
    }));
}

}  // namespace
}  // namespace rectrack::test

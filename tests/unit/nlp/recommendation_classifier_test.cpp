#include "nlp/recommendation_classifier.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/state_normaliser.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "nlp/classifier_features.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// Viet Nam's session 18 as UPR Info labelled it: a small real training set.
std::vector<Recommendation> vietnam_recommendations() {
    const auto path = shared_data("upr-info/18-vietnam.csv");
    auto batch = UprInfoCsvParser(StateNormaliser::builtin()).parse({path.string(), bytes_of(path)});
    if (!batch.ok()) throw std::runtime_error(batch.error().message_id);
    return batch->reviews.at(0).recommendations;
}

ClassifierTrainingOptions quick(int seed) {
    ClassifierTrainingOptions options;
    options.seed = seed;
    options.epochs = 5;
    options.buckets = 20000;
    return options;
}

TEST(ClassifierFeatures, NameTheFirstVerbAfterOpeningWords) {
    EXPECT_EQ(classifier_features("Continue to promote women's rights"),
              "verb_continue lead_continue_promote continue to promote women s rights");
    EXPECT_EQ(classifier_features("That the Government ratify CAT").substr(0, 29), "verb_ratify lead_ratify_cat t");
    EXPECT_EQ(classifier_features(" , ."), "");
}

TEST(RecommendationClassifier, OneSeedGivesTheSameModelsAndVersion) {
    RECTRACK_REQUIRE_FILE(shared_data("upr-info/18-vietnam.csv"));
    const auto recommendations = vietnam_recommendations();
    TempDir dir;
    auto first = RecommendationClassifier::train(recommendations, (dir / "a").string(), quick(7));
    auto second = RecommendationClassifier::train(recommendations, (dir / "b").string(), quick(7));
    auto other_seed = RecommendationClassifier::train(recommendations, (dir / "c").string(), quick(8));
    ASSERT_TRUE(first.ok()) << first.error().message_id;
    ASSERT_TRUE(second.ok() && other_seed.ok());
    EXPECT_EQ(first->model_version, second->model_version);
    EXPECT_NE(first->model_version, other_seed->model_version);
    EXPECT_EQ(bytes_of(dir / "a" / "issue.bin"), bytes_of(dir / "b" / "issue.bin"));
    EXPECT_EQ(bytes_of(dir / "a" / "action_category.bin"), bytes_of(dir / "b" / "action_category.bin"));
    EXPECT_EQ(bytes_of(dir / "a" / "manifest.json"), bytes_of(dir / "b" / "manifest.json"));
    EXPECT_FALSE(std::filesystem::exists(dir / "a" / "issue.bin.txt"));  // the training text is removed
}

TEST(RecommendationClassifier, LearnsIssuesAndActionFromUprInfoLabels) {
    RECTRACK_REQUIRE_FILE(shared_data("upr-info/18-vietnam.csv"));
    const auto recommendations = vietnam_recommendations();
    TempDir dir;
    ClassifierTrainingOptions options = quick(1);
    options.epochs = 50;
    ASSERT_TRUE(RecommendationClassifier::train(recommendations, dir.path().string(), options).ok());
    auto classifier = RecommendationClassifier::load(dir.path().string());
    ASSERT_TRUE(classifier.ok()) << classifier.error().message_id;
    EXPECT_TRUE(classifier->knows(LabelKind::issue));
    EXPECT_TRUE(classifier->knows(LabelKind::action_category));
    EXPECT_FALSE(classifier->knows(LabelKind::theme));  // UPR Info exports carry no OHCHR themes
    // On its own training data the action category of most recommendations comes back.
    std::size_t right = 0;
    std::size_t labelled = 0;
    for (const auto& recommendation : recommendations) {
        const auto gold = std::find_if(recommendation.labels.begin(), recommendation.labels.end(),
                                       [](const Label& l) { return l.kind == LabelKind::action_category; });
        if (gold == recommendation.labels.end()) continue;
        ++labelled;
        const auto predicted = classifier->classify(recommendation_text(recommendation));
        const auto action = std::find_if(predicted.begin(), predicted.end(),
                                         [](const Label& l) { return l.kind == LabelKind::action_category; });
        ASSERT_NE(action, predicted.end());
        EXPECT_EQ(action->provenance, Provenance::suggested);
        EXPECT_EQ(action->model_version, classifier->manifest().model_version);
        if (action->value == gold->value) ++right;
    }
    EXPECT_GT(static_cast<double>(right), 0.8 * static_cast<double>(labelled));
}

TEST(RecommendationClassifier, MissingOrForeignModelDirectoriesAreErrors) {
    TempDir dir;
    auto missing = RecommendationClassifier::load((dir / "absent").string());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message_id, "model.not_found");
    std::ofstream(dir / "manifest.json") << R"({"format": "something else"})";
    auto foreign = RecommendationClassifier::load(dir.path().string());
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().message_id, "model.bad_manifest");
    auto nothing = RecommendationClassifier::train({}, (dir / "empty").string(), quick(1));
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().message_id, "model.no_examples");
}

}  // namespace
}  // namespace rectrack::test

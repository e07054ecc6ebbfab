#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/label.hpp"
#include "domain/recommendation.hpp"
#include "nlp/label_model.hpp"

namespace rectrack {

struct ClassifierTrainingOptions {
    int seed = 1;
    int epochs = 50;
    int buckets = LabelModelOptions{}.buckets;  // hashed word pairs; fewer make smaller, quicker models
    // A kind of label gets a model only with at least this many labelled recommendations.
    std::size_t minimum_examples = 20;
};

// What a trained classifier directory holds, from its manifest.json.
struct ClassifierManifest {
    std::string model_version;  // names the training data and seed; stored with every suggestion
    int seed = 1;
    std::map<LabelKind, std::size_t> examples;  // labelled recommendations each model learned from
};

// Suggests labels for a recommendation text: one fastText model per kind of label the training data
// has (UPR Info issues and action categories, OHCHR themes, SDG targets, affected persons), saved in
// one directory with a manifest naming the labels and thresholds.
class RecommendationClassifier {
 public:
    // Learns from the labels documents gave (imported) or people confirmed; suggestions are ignored.
    static Result<ClassifierManifest> train(const std::vector<Recommendation>& recommendations,
                                            const std::string& directory, const ClassifierTrainingOptions& options);
    static Result<RecommendationClassifier> load(const std::string& directory);

    // Suggested labels: every issue, theme, SDG target or affected group scoring above its threshold
    // (at least the best one), and the single most likely action category.
    [[nodiscard]] std::vector<Label> classify(std::string_view text) const;
    [[nodiscard]] const ClassifierManifest& manifest() const { return manifest_; }
    [[nodiscard]] bool knows(LabelKind kind) const { return models_.contains(kind); }

 private:
    struct KindModel {
        LabelModel model;
        double threshold = 0;
    };

    ClassifierManifest manifest_;
    std::map<LabelKind, KindModel> models_;
};

// The text of a recommendation that classifiers read: its texts joined.
std::string recommendation_text(const Recommendation& recommendation);

}  // namespace rectrack

#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace fasttext {
class FastText;
}

namespace rectrack {

// One text (as classifier_features gives it) with the labels a document or a person gave it.
struct LabelledText {
    std::string features;
    std::vector<std::string> labels;
};

struct ScoredLabel {
    std::string value;
    double confidence = 0;
};

// How a label model learns. Training runs on one thread so that one seed always gives the same model.
struct LabelModelOptions {
    bool multi_label = false;  // independent yes/no per label (issues, themes) or exactly one (action)
    int epochs = 50;
    double learning_rate = 0.5;
    int dimensions = 50;
    int buckets = 200000;  // hashed word pairs: fastText's default of two million makes 400 MB models
    int word_ngrams = 2;
    int seed = 1;
};

// A fastText classifier over one kind of label; label names are kept beside the model, the model
// itself only sees their indexes, so names may hold spaces and any character.
class LabelModel {
 public:
    LabelModel(LabelModel&&) noexcept;
    LabelModel& operator=(LabelModel&&) noexcept;
    ~LabelModel();

    // Trains on examples (each with at least one label) and writes the model to path; path + ".txt"
    // holds the training text while fastText reads it and is removed afterwards.
    static Result<LabelModel> train(const std::vector<LabelledText>& examples, const std::string& path,
                                    const LabelModelOptions& options);
    static Result<LabelModel> load(const std::string& path, std::vector<std::string> label_names);

    // Labels scoring at least threshold, best first; at least the best one whatever its score.
    [[nodiscard]] std::vector<ScoredLabel> predict(const std::string& features, double threshold) const;
    [[nodiscard]] const std::vector<std::string>& label_names() const { return label_names_; }

 private:
    LabelModel(std::unique_ptr<fasttext::FastText> model, std::vector<std::string> label_names);

    std::unique_ptr<fasttext::FastText> model_;
    std::vector<std::string> label_names_;
};

}  // namespace rectrack

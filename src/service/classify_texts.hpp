#pragma once

#include <string>
#include <vector>

#include "domain/label.hpp"
#include "nlp/recommendation_classifier.hpp"

namespace rectrack {

// Suggests labels for texts that are not in the store, such as the rows of a file, in their order.
class ClassifyTexts {
 public:
    explicit ClassifyTexts(const RecommendationClassifier& classifier) : classifier_(classifier) {}

    [[nodiscard]] std::vector<std::vector<Label>> run(const std::vector<std::string>& texts) const;

 private:
    const RecommendationClassifier& classifier_;
};

}  // namespace rectrack

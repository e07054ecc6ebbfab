#pragma once

#include <cstdint>
#include <optional>

#include "common/result.hpp"
#include "domain/store.hpp"
#include "nlp/recommendation_classifier.hpp"

namespace rectrack {

struct SuggestionSummary {
    std::int64_t recommendations = 0;  // classified
    std::int64_t suggestions = 0;      // labels suggested
    std::int64_t kept = 0;             // (recommendation, kind) pairs left alone: a document or a person labelled them
};

// Stores a classifier's labels as suggestions with its model version and confidence, in one transaction.
// A kind of label that a document or a person already gave a recommendation gets no suggestion, so a
// suggestion never stands beside, let alone replaces, an imported or confirmed label of its kind.
class SuggestLabels {
 public:
    SuggestLabels(Store& store, const RecommendationClassifier& classifier) : store_(store), classifier_(classifier) {}

    Result<SuggestionSummary> run(std::optional<std::int64_t> review_id);

 private:
    Store& store_;
    const RecommendationClassifier& classifier_;
};

}  // namespace rectrack

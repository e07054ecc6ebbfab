#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation_repository.hpp"
#include "domain/upsert_outcome.hpp"

namespace rectrack {

// What reconciling one review did.
struct ReviewReconciliation {
    // Unnumbered recommendations now part of a paragraph -> what writing that paragraph did.
    std::map<std::int64_t, UpsertOutcome> absorbed;
    // Texts of the unnumbered recommendations that are a version of no paragraph text; they stay as they are.
    std::vector<std::string> unmatched;
};

// Attaches a review's unnumbered recommendations (UPR Info rows) to the numbered paragraph text each is a
// version of: the paragraph takes their position, issues and action categories, and they are removed.
// Texts of one paragraph with different positions make it partially supported.
class ReconcileReview {
 public:
    explicit ReconcileReview(RecommendationRepository& recommendations) : recommendations_(recommendations) {}

    Result<ReviewReconciliation> run(std::int64_t review_id);

 private:
    // Whether the review holds both numbered and unnumbered recommendations, read without loading them all.
    Result<bool> holds_both(std::int64_t review_id);
    Result<UpsertOutcome> absorb(const Recommendation& paragraph, const std::vector<const Recommendation*>& matched);

    RecommendationRepository& recommendations_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation.hpp"
#include "domain/recommendation_filter.hpp"
#include "domain/review_statistics.hpp"
#include "domain/upsert_outcome.hpp"

namespace rectrack {

class RecommendationRepository {
 public:
    virtual ~RecommendationRepository() = default;
    // Inserts, or replaces texts, position and imported labels of the one with the same
    // (review_id, source_key); labels suggested or confirmed by people are kept.
    virtual Result<Upserted> upsert(const Recommendation& recommendation) = 0;
    // Inserts a recommendation known to be new, such as one of a review this transaction created,
    // without looking for an existing one; a duplicate (review_id, source_key) is a store error.
    virtual Result<Upserted> insert(const Recommendation& recommendation) = 0;
    virtual Result<Recommendation> get(std::int64_t id) = 0;
    virtual Result<std::optional<Recommendation>> find_by_key(std::int64_t review_id, std::string_view source_key) = 0;
    virtual Result<std::vector<Recommendation>> list(const RecommendationFilter& filter) = 0;
    virtual Result<std::int64_t> count(const RecommendationFilter& filter) = 0;
    // Visits every match in order without holding them all; stops early when visit returns false.
    virtual Status for_each(const RecommendationFilter& filter,
                            const std::function<bool(const Recommendation&)>& visit) = 0;
    // Saves an edited recommendation; a conflict error when its version is no longer current.
    virtual Result<Recommendation> update(const Recommendation& recommendation) = 0;
    // Deletes the recommendation with its texts, translations, labels and progress; not_found when absent.
    virtual Status remove(std::int64_t id) = 0;
    // One row per review that has recommendations, ordered by review id.
    virtual Result<std::vector<ReviewStatistics>> statistics() = 0;
};

}  // namespace rectrack

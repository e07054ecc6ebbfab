#pragma once

#include "domain/recommendation_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"
#include "storage/sqlite/sqlite_recommendation_loader.hpp"
#include "storage/sqlite/sqlite_recommendation_writer.hpp"

namespace rectrack {

// Recommendations with their texts, states, translations and labels. upsert leaves cluster_id alone;
// update saves every field but the identity (review, source key). Labels come back ordered by kind, value.
class SqliteRecommendationRepository final : public RecommendationRepository {
 public:
    explicit SqliteRecommendationRepository(SqliteDatabase& db) : db_(db), loader_(db), writer_(db) {}
    Result<Upserted> upsert(const Recommendation& recommendation) override;
    Result<Upserted> insert(const Recommendation& recommendation) override;
    Result<Recommendation> get(std::int64_t id) override;
    Result<std::optional<Recommendation>> find_by_key(std::int64_t review_id, std::string_view source_key) override;
    Result<std::vector<Recommendation>> list(const RecommendationFilter& filter) override;
    Result<std::int64_t> count(const RecommendationFilter& filter) override;
    Status for_each(const RecommendationFilter& filter,
                    const std::function<bool(const Recommendation&)>& visit) override;
    Result<Recommendation> update(const Recommendation& recommendation) override;
    Status remove(std::int64_t id) override;
    Result<std::vector<ReviewStatistics>> statistics() override;

 private:
    Upserted insert_row(const Recommendation& recommendation);
    std::optional<Recommendation> load_one(std::int64_t id);
    // A page in list order; after, when set, starts the page just past that record (keyset pagination).
    std::vector<Recommendation> page(const RecommendationFilter& filter, std::int64_t offset, std::int64_t limit,
                                     const Recommendation* after);

    SqliteDatabase& db_;
    SqliteRecommendationLoader loader_;
    SqliteRecommendationWriter writer_;
};

}  // namespace rectrack

#pragma once

#include "domain/cluster_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Clusters of a review; placing a recommendation bumps that recommendation's version.
class SqliteClusterRepository final : public ClusterRepository {
 public:
    explicit SqliteClusterRepository(SqliteDatabase& db) : db_(db) {}
    Result<Cluster> create(const Cluster& cluster) override;
    Result<Cluster> get(std::int64_t id) override;
    Result<std::vector<Cluster>> for_review(std::int64_t review_id) override;
    Result<Cluster> update(const Cluster& cluster) override;
    Status place(std::int64_t recommendation_id, std::optional<std::int64_t> cluster_id) override;
    Status remove(std::int64_t id) override;
    Status replace_predecessors(std::int64_t review_id, const std::vector<PredecessorLink>& links) override;
    Result<std::vector<PredecessorLink>> predecessors(std::int64_t review_id) override;

 private:
    SqliteDatabase& db_;
};

}  // namespace rectrack

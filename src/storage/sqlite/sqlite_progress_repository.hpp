#pragma once

#include "domain/progress_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Progress updates with narratives and evidence. update saves status, narratives, evidence, date and the
// coordinator's review; recommendation, institution and author stay as added.
class SqliteProgressRepository final : public ProgressRepository {
 public:
    explicit SqliteProgressRepository(SqliteDatabase& db) : db_(db) {}
    Result<ProgressUpdate> add(const ProgressUpdate& update) override;
    Result<ProgressUpdate> get(std::int64_t id) override;
    Result<std::vector<ProgressUpdate>> for_recommendation(std::int64_t recommendation_id) override;
    Result<std::vector<ProgressUpdate>> for_review(std::int64_t review_id) override;
    Result<ProgressUpdate> update(const ProgressUpdate& update) override;

 private:
    void load_details(ProgressUpdate& update);
    void write_details(const ProgressUpdate& update);
    std::optional<ProgressUpdate> load(std::int64_t id);

    SqliteDatabase& db_;
};

}  // namespace rectrack

#pragma once

#include "domain/review_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

class SqliteReviewRepository final : public ReviewRepository {
 public:
    explicit SqliteReviewRepository(SqliteDatabase& db) : db_(db) {}
    Result<Upserted> upsert(const Review& review) override;
    Result<Review> get(std::int64_t id) override;
    Result<std::optional<Review>> find(std::string_view state_code, std::string_view mechanism, int cycle,
                                       int session) override;
    Result<std::vector<Review>> list() override;

 private:
    std::optional<Review> find_row(std::string_view state_code, std::string_view mechanism, int cycle, int session);

    SqliteDatabase& db_;
};

}  // namespace rectrack

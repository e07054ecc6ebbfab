#include "storage/sqlite/sqlite_store.hpp"

#include <filesystem>
#include <system_error>

#include "storage/sqlite/sqlite_migrations.hpp"

namespace rectrack {

SqliteStore::SqliteStore(std::unique_ptr<SqliteDatabase> db)
    : db_(std::move(db)),
      reviews_(*db_),
      documents_(*db_),
      recommendations_(*db_),
      institutions_(*db_),
      plans_(*db_),
      progress_(*db_),
      users_(*db_),
      audit_(*db_),
      clusters_(*db_),
      labels_(*db_),
      search_feed_(*db_) {}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty() && path != ":memory:") {
        std::error_code error;
        std::filesystem::create_directories(parent, error);
        if (error) {
            return Error{ErrorCode::unavailable, "store.open_failed", {{"path", path}, {"message", error.message()}}};
        }
    }
    auto db = SqliteDatabase::open(path);
    if (!db) return db.error();
    RECTRACK_TRY(apply_sqlite_migrations(**db));
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(*db)));
}

}  // namespace rectrack

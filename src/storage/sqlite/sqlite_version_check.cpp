#include "storage/sqlite/sqlite_version_check.hpp"

#include <string>

#include "storage/store_errors.hpp"

namespace rectrack {

Error failed_version_check(SqliteDatabase& db, std::string_view table, std::string_view entity, std::int64_t id,
                           std::int64_t expected_version) {
    // The table name comes from the repository's own constants, never from input.
    auto statement = db.prepare("SELECT version FROM " + std::string(table) + " WHERE id = ?");
    statement->bind_all(id);
    if (!statement->step()) return not_found(entity, id);
    return version_conflict(entity, id, expected_version, statement->int64(0));
}

}  // namespace rectrack

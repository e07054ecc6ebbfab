#pragma once

#include <vector>

#include "common/result.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Applies the embedded migrations/sqlite/NNNN_name.sql not yet recorded in schema_migrations, each in
// its own transaction; a database migrated by a newer rectrack is refused.
Status apply_sqlite_migrations(SqliteDatabase& db);

// The versions recorded in schema_migrations, ascending.
Result<std::vector<int>> applied_sqlite_migrations(SqliteDatabase& db);

}  // namespace rectrack

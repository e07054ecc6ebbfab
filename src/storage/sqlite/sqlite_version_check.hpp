#pragma once

#include <cstdint>
#include <string_view>

#include "common/error.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Why a version-checked UPDATE of table changed nothing: the row is missing, or its version moved on.
Error failed_version_check(SqliteDatabase& db, std::string_view table, std::string_view entity, std::int64_t id,
                           std::int64_t expected_version);

}  // namespace rectrack

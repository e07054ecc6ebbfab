#include "storage/sqlite/sqlite_migrations.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "common/embedded_files.hpp"
#include "common/utc_clock.hpp"
#include "storage/sqlite/sqlite_error.hpp"

namespace rectrack {

namespace {

constexpr std::string_view folder = "src/storage/migrations/sqlite/";

struct Migration {
    int version = 0;
    std::string_view name;
    std::string_view sql;
};

std::vector<Migration> embedded_migrations() {
    std::vector<Migration> migrations;
    for (const auto& file : embedded_files()) {
        if (!file.path.starts_with(folder) || !file.path.ends_with(".sql")) continue;
        const std::string_view name = file.path.substr(folder.size());
        Migration migration{0, name, file.content};
        const auto parsed = std::from_chars(name.data(), name.data() + name.size(), migration.version);
        if (parsed.ec != std::errc{} || migration.version <= 0) continue;
        migrations.push_back(migration);
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

bool is_applied(SqliteDatabase& db, int version) {
    auto statement = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
    statement->bind_all(version);
    return statement->step();
}

Status apply(SqliteDatabase& db, const Migration& migration) {
    Status status = db.transaction([&]() -> Status {
        return guarded("migration", [&]() -> Status {
            // Checked inside the write lock so two processes opening at once apply it once.
            if (is_applied(db, migration.version)) return {};
            db.execute(migration.sql);
            auto record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
            record->bind_all(migration.version, migration.name, utc_now_iso8601());
            record->run();
            return {};
        });
    });
    if (status.ok()) return status;
    return Error{ErrorCode::internal,
                 "store.migration_failed",
                 {{"version", std::to_string(migration.version)}, {"message", status.error().arg("message")}}};
}

}  // namespace

Status apply_sqlite_migrations(SqliteDatabase& db) {
    try {
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)");
        const auto migrations = embedded_migrations();
        const int known = migrations.empty() ? 0 : migrations.back().version;
        int applied = 0;
        {
            auto newest = db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations");
            if (newest->step()) applied = newest->integer(0);
        }
        if (applied > known) {
            return Error{ErrorCode::unavailable,
                         "store.schema_too_new",
                         {{"version", std::to_string(applied)}, {"supported", std::to_string(known)}}};
        }
        for (const auto& migration : migrations) {
            if (is_applied(db, migration.version)) continue;
            RECTRACK_TRY(apply(db, migration));
        }
        return {};
    } catch (const SqliteError& error) {
        return Error{ErrorCode::internal, "store.migration_failed", {{"version", ""}, {"message", error.what()}}};
    }
}

Result<std::vector<int>> applied_sqlite_migrations(SqliteDatabase& db) {
    return guarded("schema_migrations", [&]() -> Result<std::vector<int>> {
        std::vector<int> versions;
        auto statement = db.prepare("SELECT version FROM schema_migrations ORDER BY version");
        while (statement->step()) versions.push_back(statement->integer(0));
        return versions;
    });
}

}  // namespace rectrack

#include "storage/sqlite/sqlite_database.hpp"

#include <sqlite3.h>

#include "storage/sqlite/sqlite_error.hpp"

namespace rectrack {

namespace {

constexpr int busy_timeout_ms = 5000;

// SQLite's memory statistics take a global lock on every allocation; rectrack never reads them.
void configure_sqlite_once() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)configured;
}

}  // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string& path) {
    const auto open_failed = [&](const std::string& message) {
        return Error{ErrorCode::unavailable, "store.open_failed", {{"path", path}, {"message", message}}};
    };
    configure_sqlite_once();
    sqlite3* db = nullptr;
    const int code =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
        sqlite3_close_v2(db);
        return open_failed(message);
    }
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(db));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busy_timeout_ms);
    // journal_mode reads the header first, so a file that is not a database fails here.
    // A 64 MiB page cache and in-memory statement journals keep an import from writing to disk mid-transaction.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK) return open_failed(sqlite3_errmsg(db));
    }
    return database;
}

SqliteDatabase::~SqliteDatabase() {
    cache_.clear();
    sqlite3_close_v2(db_);
}

SqliteCachedStatement SqliteDatabase::prepare(std::string_view sql) {
    auto entry = cache_.find(sql);
    if (entry == cache_.end()) {
        entry = cache_.emplace(std::string(sql), CacheEntry{std::make_unique<SqliteStatement>(db_, sql), false}).first;
    }
    if (entry->second.in_use) return SqliteCachedStatement(std::make_unique<SqliteStatement>(db_, sql));
    return SqliteCachedStatement(*entry->second.statement, entry->second.in_use);
}

void SqliteDatabase::execute(std::string_view sql) {
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw SqliteError(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_));
    }
}

std::int64_t SqliteDatabase::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

std::int64_t SqliteDatabase::changes() const { return sqlite3_changes64(db_); }

Status SqliteDatabase::try_execute(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK) return {};
    return to_error(SqliteError(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_)), "transaction");
}

void SqliteDatabase::roll_back() {
    // SQLite may already have rolled the whole transaction back (e.g. on SQLITE_FULL); nothing is left to undo then.
    if (sqlite3_get_autocommit(db_) != 0) return;
    const char* sql = depth_ == 0 ? "ROLLBACK" : "ROLLBACK TO nested; RELEASE nested";
    sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
}

Status SqliteDatabase::transaction(const std::function<Status()>& work) {
    const bool outermost = depth_ == 0;
    RECTRACK_TRY(try_execute(outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT nested"));
    ++depth_;
    Status status;
    try {
        status = work();
    } catch (...) {
        --depth_;
        roll_back();
        throw;
    }
    --depth_;
    if (!status.ok()) {
        roll_back();
        return status;
    }
    status = try_execute(outermost ? "COMMIT" : "RELEASE nested");
    if (!status.ok()) roll_back();
    return status;
}

}  // namespace rectrack

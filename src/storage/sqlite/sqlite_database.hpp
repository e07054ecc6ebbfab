#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/result.hpp"
#include "storage/sqlite/sqlite_cached_statement.hpp"

struct sqlite3;

namespace rectrack {

// One SQLite connection: pragmas, a cache of prepared statements and nested transactions.
class SqliteDatabase {
 public:
    // Opens or creates the file with WAL, foreign keys, a busy timeout and synchronous=NORMAL.
    static Result<std::unique_ptr<SqliteDatabase>> open(const std::string& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // The statement for sql, prepared once per connection.
    SqliteCachedStatement prepare(std::string_view sql);
    // Runs one or more statements without parameters.
    void execute(std::string_view sql);
    [[nodiscard]] std::int64_t last_insert_id() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] std::int64_t changes() const;

    // BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside; rolled back on an error or exception.
    Status transaction(const std::function<Status()>& work);
    // Runs a write in its own transaction unless one is already open.
    template <typename T, typename F>
    Result<T> write(F&& work) {
        if (depth_ > 0) return work();
        std::optional<Result<T>> outcome;
        Status status = transaction([&]() -> Status {
            outcome.emplace(work());
            if (!outcome->ok()) return outcome->error();
            return {};
        });
        if (!status.ok()) return status.error();
        return std::move(*outcome);
    }
    Status write_status(const std::function<Status()>& work) { return depth_ > 0 ? work() : transaction(work); }
    [[nodiscard]] bool in_transaction() const { return depth_ > 0; }

 private:
    struct CacheEntry {
        std::unique_ptr<SqliteStatement> statement;
        bool in_use = false;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    explicit SqliteDatabase(sqlite3* db) : db_(db) {}
    // Runs sql, reporting failure as an Error instead of throwing.
    Status try_execute(const char* sql);
    void roll_back();

    sqlite3* db_;
    std::unordered_map<std::string, CacheEntry, StringHash, std::equal_to<>> cache_;
    int depth_ = 0;
};

}  // namespace rectrack

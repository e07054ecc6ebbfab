#pragma once

#include <memory>
#include <utility>

#include "storage/sqlite/sqlite_statement.hpp"

namespace rectrack {

// A statement lent from a connection's cache, reset when the loan ends so it holds no read lock.
class SqliteCachedStatement {
 public:
    // Lends a cached statement; in_use marks it taken until the loan ends.
    SqliteCachedStatement(SqliteStatement& statement, bool& in_use) : statement_(&statement), in_use_(&in_use) {
        in_use = true;
    }
    // A one-off statement, for when the cached one is already lent out (re-entrant use).
    explicit SqliteCachedStatement(std::unique_ptr<SqliteStatement> owned)
        : statement_(owned.get()), owned_(std::move(owned)) {}
    ~SqliteCachedStatement() {
        if (in_use_ != nullptr) {
            statement_->reset();
            *in_use_ = false;
        }
    }
    SqliteCachedStatement(const SqliteCachedStatement&) = delete;
    SqliteCachedStatement& operator=(const SqliteCachedStatement&) = delete;

    SqliteStatement* operator->() { return statement_; }
    SqliteStatement& operator*() { return *statement_; }

 private:
    SqliteStatement* statement_;
    std::unique_ptr<SqliteStatement> owned_;
    bool* in_use_ = nullptr;
};

}  // namespace rectrack

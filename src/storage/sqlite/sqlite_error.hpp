#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace rectrack {

// A failed SQLite call; thrown inside the storage layer only and turned into an Error by guarded().
class SqliteError : public std::runtime_error {
 public:
    SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    // The extended result code, e.g. SQLITE_CONSTRAINT_UNIQUE.
    [[nodiscard]] int code() const { return code_; }

 private:
    int code_;
};

// The Error a repository reports for a failed SQLite call while working on entity.
Error to_error(const SqliteError& error, std::string_view entity);

// A value read back from a column; a value no migration allows means the file was altered outside rectrack.
template <typename T>
T stored_value(std::optional<T> parsed, std::string_view column) {
    constexpr int sqlite_corrupt = 11;
    if (!parsed) throw SqliteError(sqlite_corrupt, "unexpected value in column " + std::string(column));
    return *parsed;
}

// Runs work, reporting a SqliteError as the Error of the Result work returns.
template <typename F>
auto guarded(std::string_view entity, F&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const SqliteError& error) {
        return to_error(error, entity);
    }
}

}  // namespace rectrack

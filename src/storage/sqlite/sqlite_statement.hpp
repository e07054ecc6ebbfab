#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rectrack {

// A prepared statement: bind parameters from 1, step through rows, read columns from 0.
class SqliteStatement {
 public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
    void bind(int index, const char* value) { bind(index, std::string_view(value)); }
    void bind(int index, std::nullopt_t);
    template <typename T>
    void bind(int index, const std::optional<T>& value) {
        if (value) {
            bind(index, *value);
        } else {
            bind(index, std::nullopt);
        }
    }
    // Binds values to parameters 1, 2, ... in order.
    template <typename... T>
    SqliteStatement& bind_all(const T&... values) {
        int index = 1;
        (bind(index++, values), ...);
        return *this;
    }

    // Advances to the next row; false when there is none.
    bool step();
    // Steps until done, for statements that return no rows.
    void run();
    // Makes the statement ready to run again with fresh bindings.
    void reset();

    [[nodiscard]] bool is_null(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const { return std::string(text_view(column)); }
    // Valid until the next step or reset.
    [[nodiscard]] std::string_view text_view(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optional_int64(int column) const;

 private:
    [[noreturn]] void fail(int code) const;

    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

}  // namespace rectrack

#include "storage/sqlite/sqlite_error.hpp"

#include <sqlite3.h>

namespace rectrack {

Error to_error(const SqliteError& error, std::string_view entity) {
    const std::string name(entity);
    switch (error.code()) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return Error{ErrorCode::conflict, "store.duplicate", {{"entity", name}, {"key", error.what()}}};
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return Error{ErrorCode::invalid_input, "store.reference_missing", {{"entity", name}}};
        case SQLITE_CONSTRAINT_CHECK:
        case SQLITE_CONSTRAINT_NOTNULL:
            return Error{ErrorCode::invalid_input, "store.invalid", {{"entity", name}, {"message", error.what()}}};
        case SQLITE_CONSTRAINT_TRIGGER: return Error{ErrorCode::forbidden, "store.append_only", {{"entity", name}}};
        default: break;
    }
    switch (error.code() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return Error{ErrorCode::unavailable, "store.busy", {{"entity", name}}};
        default: return Error{ErrorCode::internal, "store.sqlite_error", {{"entity", name}, {"message", error.what()}}};
    }
}

}  // namespace rectrack

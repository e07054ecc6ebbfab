#include "storage/store_errors.hpp"

#include <string>

namespace rectrack {

Error not_found(std::string_view entity, std::int64_t id) {
    return Error{
        ErrorCode::not_found, "store.not_found", {{"entity", std::string(entity)}, {"id", std::to_string(id)}}};
}

Error version_conflict(std::string_view entity, std::int64_t id, std::int64_t expected_version,
                       std::int64_t current_version) {
    return Error{ErrorCode::conflict,
                 "store.conflict",
                 {{"entity", std::string(entity)},
                  {"id", std::to_string(id)},
                  {"expected", std::to_string(expected_version)},
                  {"current", std::to_string(current_version)}}};
}

Error duplicate(std::string_view entity, std::string_view key) {
    return Error{ErrorCode::conflict, "store.duplicate", {{"entity", std::string(entity)}, {"key", std::string(key)}}};
}

}  // namespace rectrack

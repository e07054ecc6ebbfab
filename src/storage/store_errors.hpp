#pragma once

#include <cstdint>
#include <string_view>

#include "common/error.hpp"

namespace rectrack {

// The errors every Store backend reports with the same message ids and arguments.
Error not_found(std::string_view entity, std::int64_t id);
// The caller saved from expected_version while the stored record is at current_version.
Error version_conflict(std::string_view entity, std::int64_t id, std::int64_t expected_version,
                       std::int64_t current_version);
Error duplicate(std::string_view entity, std::string_view key);

}  // namespace rectrack

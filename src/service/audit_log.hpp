#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Appends the audit event of one change, inside the caller's transaction: who, when, what, before and after.
// before or after is null for a creation or a removal.
Status record_change(Store& store, const Actor& actor, std::string_view action, std::string_view entity,
                     std::int64_t entity_id, const nlohmann::json& before, const nlohmann::json& after);

}  // namespace rectrack

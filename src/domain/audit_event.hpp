#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rectrack {

// One recorded change: who did what to which record, with the record before and after (JSON).
struct AuditEvent {
    std::int64_t id = 0;
    std::string at;  // ISO 8601 UTC
    std::optional<std::int64_t> user_id;
    std::string action;  // what was done to the entity: import, create, update, merge, submit, accept, ...
    std::string entity;  // e.g. recommendation
    std::int64_t entity_id = 0;
    std::string before_json;
    std::string after_json;
    std::string previous_hash;  // hash chain over the log
    std::string hash;
    std::string actor;  // the name of who acted, kept even when no user record stands behind it
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/result.hpp"
#include "domain/audit_event.hpp"

namespace rectrack {

// The append-only change log; events are never updated or deleted through it.
class AuditRepository {
 public:
    virtual ~AuditRepository() = default;
    virtual Result<AuditEvent> append(const AuditEvent& event) = 0;
    virtual Result<std::optional<AuditEvent>> last() = 0;
    // Events with id > after_id, oldest first, at most limit (0: all).
    virtual Result<std::vector<AuditEvent>> list(std::int64_t after_id, std::int64_t limit) = 0;
    virtual Result<std::vector<AuditEvent>> for_entity(std::string_view entity, std::int64_t entity_id) = 0;
};

}  // namespace rectrack

#pragma once

#include "domain/audit_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// The change log; triggers in the schema refuse UPDATE and DELETE on it, whoever asks.
class SqliteAuditRepository final : public AuditRepository {
 public:
    explicit SqliteAuditRepository(SqliteDatabase& db) : db_(db) {}
    // An empty `at` is set to the current UTC time.
    Result<AuditEvent> append(const AuditEvent& event) override;
    Result<std::optional<AuditEvent>> last() override;
    Result<std::vector<AuditEvent>> list(std::int64_t after_id, std::int64_t limit) override;
    Result<std::vector<AuditEvent>> for_entity(std::string_view entity, std::int64_t entity_id) override;

 private:
    SqliteDatabase& db_;
};

}  // namespace rectrack

#include "storage/sqlite/sqlite_audit_repository.hpp"

#include "common/utc_clock.hpp"
#include "storage/sqlite/sqlite_error.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity_name = "audit_event";
#define AUDIT_COLUMNS "id, at, user_id, action, entity, entity_id, before_json, after_json, previous_hash, hash, actor"

AuditEvent read_event(SqliteStatement& row) {
    AuditEvent event;
    event.id = row.int64(0);
    event.at = row.text(1);
    event.user_id = row.optional_int64(2);
    event.action = row.text(3);
    event.entity = row.text(4);
    event.entity_id = row.int64(5);
    event.before_json = row.text(6);
    event.after_json = row.text(7);
    event.previous_hash = row.text(8);
    event.hash = row.text(9);
    event.actor = row.text(10);
    return event;
}

}  // namespace

Result<AuditEvent> SqliteAuditRepository::append(const AuditEvent& event) {
    return guarded(entity_name, [&] {
        return db_.write<AuditEvent>([&]() -> Result<AuditEvent> {
            AuditEvent stored = event;
            if (stored.at.empty()) stored.at = utc_now_iso8601();
            auto insert = db_.prepare(
                "INSERT INTO audit_events (at, user_id, action, entity, entity_id, before_json, after_json, "
                "previous_hash, hash, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert->bind_all(stored.at, stored.user_id, stored.action, stored.entity, stored.entity_id,
                             stored.before_json, stored.after_json, stored.previous_hash, stored.hash, stored.actor);
            insert->run();
            stored.id = db_.last_insert_id();
            return stored;
        });
    });
}

Result<std::optional<AuditEvent>> SqliteAuditRepository::last() {
    return guarded(entity_name, [&]() -> Result<std::optional<AuditEvent>> {
        auto row = db_.prepare("SELECT " AUDIT_COLUMNS " FROM audit_events ORDER BY id DESC LIMIT 1");
        if (!row->step()) return std::optional<AuditEvent>{};
        return std::optional<AuditEvent>(read_event(*row));
    });
}

Result<std::vector<AuditEvent>> SqliteAuditRepository::list(std::int64_t after_id, std::int64_t limit) {
    return guarded(entity_name, [&]() -> Result<std::vector<AuditEvent>> {
        std::vector<AuditEvent> events;
        auto rows = db_.prepare("SELECT " AUDIT_COLUMNS " FROM audit_events WHERE id > ? ORDER BY id LIMIT ?");
        rows->bind_all(after_id, limit > 0 ? limit : std::int64_t{-1});
        while (rows->step()) events.push_back(read_event(*rows));
        return events;
    });
}

Result<std::vector<AuditEvent>> SqliteAuditRepository::for_entity(std::string_view entity, std::int64_t entity_id) {
    return guarded(entity_name, [&]() -> Result<std::vector<AuditEvent>> {
        std::vector<AuditEvent> events;
        auto rows =
            db_.prepare("SELECT " AUDIT_COLUMNS " FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id");
        rows->bind_all(entity, entity_id);
        while (rows->step()) events.push_back(read_event(*rows));
        return events;
    });
}

}  // namespace rectrack

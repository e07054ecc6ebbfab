#include "service/audit_log.hpp"

#include <string>

namespace rectrack {

Status record_change(Store& store, const Actor& actor, std::string_view action, std::string_view entity,
                     std::int64_t entity_id, const nlohmann::json& before, const nlohmann::json& after) {
    AuditEvent event;
    event.user_id = actor.user_id;
    event.actor = actor.name;
    event.action = std::string(action);
    event.entity = std::string(entity);
    event.entity_id = entity_id;
    event.before_json = before.is_null() ? std::string{} : before.dump();
    event.after_json = after.is_null() ? std::string{} : after.dump();
    auto appended = store.audit().append(event);
    if (!appended.ok()) return appended.error();
    return {};
}

}  // namespace rectrack

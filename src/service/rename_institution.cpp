#include "service/rename_institution.hpp"

#include <algorithm>

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<Institution> RenameInstitution::run(const Actor& actor, std::int64_t id, std::int64_t expected_version,
                                           const std::vector<LocalizedText>& names) {
    std::optional<Institution> saved;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto current = store_.institutions().get(id);
        if (!current.ok()) return current.error();
        RECTRACK_TRY(check_institution_names(names, current->code));
        Institution renamed = *current;
        renamed.version = expected_version;
        for (const auto& name : names) {
            auto same_language = std::find_if(renamed.names.begin(), renamed.names.end(),
                                              [&](const LocalizedText& old) { return old.language == name.language; });
            if (same_language == renamed.names.end()) {
                renamed.names.push_back(name);
            } else {
                same_language->text = name.text;
            }
        }
        auto updated = store_.institutions().update(renamed);
        if (!updated.ok()) return updated.error();
        RECTRACK_TRY(record_change(store_, actor, "rename", "institution", id, institution_json(*current),
                                   institution_json(*updated)));
        saved = std::move(updated.value());
        return {};
    }));
    return std::move(*saved);
}

}  // namespace rectrack

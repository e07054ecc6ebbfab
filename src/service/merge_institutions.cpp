#include "service/merge_institutions.hpp"

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<InstitutionMerge> MergeInstitutions::run(const Actor& actor, const std::string& from_code,
                                                const std::string& into_code) {
    if (from_code == into_code) {
        return make_error(ErrorCode::invalid_input, "institution.merge_itself").with("code", from_code);
    }
    std::optional<InstitutionMerge> outcome;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto from = active_institution(store_, from_code);
        if (!from.ok()) return from.error();
        auto into = active_institution(store_, into_code);
        if (!into.ok()) return into.error();
        RECTRACK_TRY(store_.institutions().move_references(from->id, into->id));
        // Children of the merged institution now hang under the survivor.
        auto all = store_.institutions().list();
        if (!all.ok()) return all.error();
        for (auto& child : *all) {
            if (child.parent_id != from->id || child.id == into->id) continue;
            const auto before = institution_json(child);
            child.parent_id = into->id;
            auto moved = store_.institutions().update(child);
            if (!moved.ok()) return moved.error();
            RECTRACK_TRY(
                record_change(store_, actor, "reparent", "institution", child.id, before, institution_json(*moved)));
        }
        Institution merged = *from;
        merged.merged_into_id = into->id;
        auto saved = store_.institutions().update(merged);
        if (!saved.ok()) return saved.error();
        RECTRACK_TRY(record_change(store_, actor, "merge", "institution", from->id, institution_json(*from),
                                   institution_json(*saved)));
        outcome = InstitutionMerge{std::move(saved.value()), std::move(into.value())};
        return {};
    }));
    return std::move(*outcome);
}

}  // namespace rectrack

#include "service/import_institutions.hpp"

#include <set>

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

// The error of one row, naming the file and the line; a code the file names that resolves to nothing is bad input.
Error at_row(Error error, const std::string& file, long line) {
    if (error.code == ErrorCode::not_found) error.code = ErrorCode::invalid_input;
    return error.with("file", file).with("line", std::to_string(line));
}

}  // namespace

Status ImportInstitutions::apply(const Actor& actor, const std::string& file, const InstitutionRow& row,
                                 InstitutionImportSummary& summary) {
    const auto& wanted = row.institution;
    auto existing = store_.institutions().find_by_code(wanted.code);
    if (!existing.ok()) return existing.error();
    if (!existing->has_value()) {
        auto created = add_institution_in_transaction(store_, actor, wanted);
        if (!created.ok()) return at_row(created.error(), file, row.line);
        ++summary.created;
        return {};
    }
    Institution current = std::move(**existing);
    if (auto names = check_institution_names(wanted.names, wanted.code); !names.ok()) {
        return at_row(names.error(), file, row.line);
    }
    std::optional<std::int64_t> parent_id;
    if (!wanted.parent_code.empty()) {
        auto parent = active_institution(store_, wanted.parent_code);
        if (!parent.ok()) return at_row(parent.error(), file, row.line);
        parent_id = parent->id;
    }
    if (current.names == wanted.names && current.parent_id == parent_id) {
        ++summary.unchanged;
        return {};
    }
    Institution changed = current;
    changed.names = wanted.names;
    changed.parent_id = parent_id;
    auto saved = store_.institutions().update(changed);
    if (!saved.ok()) return saved.error();
    RECTRACK_TRY(record_change(store_, actor, "update", "institution", current.id, institution_json(current),
                               institution_json(*saved)));
    ++summary.updated;
    return {};
}

Result<InstitutionImportSummary> ImportInstitutions::run(const Actor& actor, const std::string& file,
                                                         const std::vector<InstitutionRow>& rows) {
    std::set<std::string> codes;
    for (const auto& row : rows) {
        if (!codes.insert(row.institution.code).second) {
            return at_row(
                make_error(ErrorCode::invalid_input, "institution.repeated_code").with("code", row.institution.code),
                file, row.line);
        }
    }
    InstitutionImportSummary summary;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        // Rows whose parent is not stored yet wait for a later pass, so a file may list children first.
        std::vector<const InstitutionRow*> pending;
        pending.reserve(rows.size());
        for (const auto& row : rows) pending.push_back(&row);
        while (!pending.empty()) {
            std::vector<const InstitutionRow*> waiting;
            for (const auto* row : pending) {
                const auto& parent = row->institution.parent_code;
                if (!parent.empty() && codes.contains(parent)) {
                    auto stored = store_.institutions().find_by_code(parent);
                    if (!stored.ok()) return stored.error();
                    if (!stored->has_value()) {
                        waiting.push_back(row);
                        continue;
                    }
                }
                RECTRACK_TRY(apply(actor, file, *row, summary));
            }
            if (waiting.size() == pending.size()) {
                return at_row(make_error(ErrorCode::invalid_input, "institution.parent_cycle")
                                  .with("code", waiting.front()->institution.code),
                              file, waiting.front()->line);
            }
            pending = std::move(waiting);
        }
        return {};
    }));
    return summary;
}

}  // namespace rectrack

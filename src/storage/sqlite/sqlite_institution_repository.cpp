#include "storage/sqlite/sqlite_institution_repository.hpp"

#include <array>
#include <unordered_map>

#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "institution";

Institution read_institution(SqliteStatement& row) {
    Institution institution;
    institution.id = row.int64(0);
    institution.code = row.text(1);
    institution.parent_id = row.optional_int64(2);
    institution.merged_into_id = row.optional_int64(3);
    institution.version = row.int64(4);
    return institution;
}

}  // namespace

bool SqliteInstitutionRepository::code_taken(std::string_view code, std::int64_t other_than) {
    auto row = db_.prepare("SELECT 1 FROM institutions WHERE code = ? AND id <> ?");
    row->bind_all(code, other_than);
    return row->step();
}

void SqliteInstitutionRepository::write_names(std::int64_t id, const std::vector<LocalizedText>& names) {
    auto clear = db_.prepare("DELETE FROM institution_names WHERE institution_id = ?");
    clear->bind_all(id);
    clear->run();
    auto insert =
        db_.prepare("INSERT INTO institution_names (institution_id, ordinal, language, name) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < names.size(); ++i) {
        insert->bind_all(id, static_cast<std::int64_t>(i), names[i].language, names[i].text);
        insert->run();
        insert->reset();
    }
}

std::optional<Institution> SqliteInstitutionRepository::load(std::optional<std::int64_t> id, std::string_view code) {
    std::optional<Institution> institution;
    {
        auto row =
            id ? db_.prepare("SELECT id, code, parent_id, merged_into_id, version FROM institutions WHERE id = ?")
               : db_.prepare("SELECT id, code, parent_id, merged_into_id, version FROM institutions WHERE code = ?");
        if (id) {
            row->bind_all(*id);
        } else {
            row->bind_all(code);
        }
        if (!row->step()) return std::nullopt;
        institution = read_institution(*row);
    }
    auto names = db_.prepare("SELECT language, name FROM institution_names WHERE institution_id = ? ORDER BY ordinal");
    names->bind_all(institution->id);
    while (names->step()) institution->names.push_back(LocalizedText{names->text(0), names->text(1)});
    return institution;
}

Result<Institution> SqliteInstitutionRepository::create(const Institution& institution) {
    return guarded(entity, [&] {
        return db_.write<Institution>([&]() -> Result<Institution> {
            if (code_taken(institution.code, 0)) return duplicate(entity, institution.code);
            auto insert = db_.prepare("INSERT INTO institutions (code, parent_id, merged_into_id) VALUES (?, ?, ?)");
            insert->bind_all(institution.code, institution.parent_id, institution.merged_into_id);
            insert->run();
            Institution created = institution;
            created.id = db_.last_insert_id();
            created.version = 1;
            write_names(created.id, created.names);
            return created;
        });
    });
}

Result<Institution> SqliteInstitutionRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<Institution> {
        auto institution = load(id, {});
        if (!institution) return not_found(entity, id);
        return std::move(*institution);
    });
}

Result<std::optional<Institution>> SqliteInstitutionRepository::find_by_code(std::string_view code) {
    return guarded(entity, [&]() -> Result<std::optional<Institution>> { return load(std::nullopt, code); });
}

Result<std::vector<Institution>> SqliteInstitutionRepository::list() {
    return guarded(entity, [&]() -> Result<std::vector<Institution>> {
        std::vector<Institution> institutions;
        std::unordered_map<std::int64_t, std::size_t> index;
        {
            auto rows =
                db_.prepare("SELECT id, code, parent_id, merged_into_id, version FROM institutions ORDER BY code");
            while (rows->step()) {
                institutions.push_back(read_institution(*rows));
                index.emplace(institutions.back().id, institutions.size() - 1);
            }
        }
        auto names = db_.prepare(
            "SELECT institution_id, language, name FROM institution_names ORDER BY institution_id, ordinal");
        while (names->step()) {
            const auto found = index.find(names->int64(0));
            if (found == index.end()) continue;
            institutions[found->second].names.push_back(LocalizedText{names->text(1), names->text(2)});
        }
        return institutions;
    });
}

Result<Institution> SqliteInstitutionRepository::update(const Institution& institution) {
    return guarded(entity, [&] {
        return db_.write<Institution>([&]() -> Result<Institution> {
            if (code_taken(institution.code, institution.id)) return duplicate(entity, institution.code);
            auto update = db_.prepare(
                "UPDATE institutions SET code = ?, parent_id = ?, merged_into_id = ?, version = version + 1 "
                "WHERE id = ? AND version = ?");
            update->bind_all(institution.code, institution.parent_id, institution.merged_into_id, institution.id,
                             institution.version);
            update->run();
            if (db_.changes() == 0) {
                return failed_version_check(db_, "institutions", entity, institution.id, institution.version);
            }
            write_names(institution.id, institution.names);
            Institution saved = institution;
            saved.version = institution.version + 1;
            return saved;
        });
    });
}

Status SqliteInstitutionRepository::move_references(std::int64_t from_id, std::int64_t to_id) {
    return guarded(entity, [&]() -> Status {
        return db_.write_status([&]() -> Status {
            // The survivor is listed once per assignment: never twice as supporter, never as supporter of what it
            // leads.
            constexpr std::array<std::string_view, 8> statements{
                "DELETE FROM assignment_supporters WHERE institution_id = ?1 AND assignment_id IN "
                "(SELECT assignment_id FROM assignment_supporters WHERE institution_id = ?2)",
                "UPDATE assignment_supporters SET institution_id = ?2 WHERE institution_id = ?1",
                "UPDATE assignments SET lead_institution_id = ?2, version = version + 1 WHERE lead_institution_id = ?1",
                "DELETE FROM assignment_supporters WHERE institution_id = ?2 AND assignment_id IN "
                "(SELECT id FROM assignments WHERE lead_institution_id = ?2)",
                "UPDATE activities SET owner_institution_id = ?2, version = version + 1 WHERE owner_institution_id = "
                "?1",
                "UPDATE progress_updates SET institution_id = ?2 WHERE institution_id = ?1",
                "DELETE FROM user_institutions WHERE institution_id = ?1 AND user_id IN "
                "(SELECT user_id FROM user_institutions WHERE institution_id = ?2)",
                "UPDATE user_institutions SET institution_id = ?2 WHERE institution_id = ?1"};
            for (const auto sql : statements) {
                auto statement = db_.prepare(sql);
                statement->bind_all(from_id, to_id);
                statement->run();
            }
            return {};
        });
    });
}

}  // namespace rectrack

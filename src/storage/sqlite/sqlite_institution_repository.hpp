#pragma once

#include "domain/institution_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Institutions with their names per language; list() is ordered by code.
class SqliteInstitutionRepository final : public InstitutionRepository {
 public:
    explicit SqliteInstitutionRepository(SqliteDatabase& db) : db_(db) {}
    Result<Institution> create(const Institution& institution) override;
    Result<Institution> get(std::int64_t id) override;
    Result<std::optional<Institution>> find_by_code(std::string_view code) override;
    Result<std::vector<Institution>> list() override;
    Result<Institution> update(const Institution& institution) override;
    Status move_references(std::int64_t from_id, std::int64_t to_id) override;

 private:
    // By id when id is set, else by code.
    std::optional<Institution> load(std::optional<std::int64_t> id, std::string_view code);
    void write_names(std::int64_t id, const std::vector<LocalizedText>& names);
    bool code_taken(std::string_view code, std::int64_t other_than);

    SqliteDatabase& db_;
};

}  // namespace rectrack

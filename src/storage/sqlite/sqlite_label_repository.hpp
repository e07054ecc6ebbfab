#pragma once

#include "domain/label_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

class SqliteLabelRepository final : public LabelRepository {
 public:
    explicit SqliteLabelRepository(SqliteDatabase& db) : db_(db) {}
    Status replace_suggestions(std::int64_t recommendation_id, LabelKind kind,
                               const std::vector<Label>& labels) override;
    Result<std::vector<LabelSuggestion>> suggestions(std::optional<std::int64_t> review_id, std::int64_t offset,
                                                     std::int64_t limit) override;
    Result<std::int64_t> count_suggestions(std::optional<std::int64_t> review_id) override;
    Status accept(std::int64_t recommendation_id, LabelKind kind, std::string_view value) override;
    Status reject(std::int64_t recommendation_id, LabelKind kind, std::string_view value) override;

 private:
    SqliteDatabase& db_;
};

}  // namespace rectrack

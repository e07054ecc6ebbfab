#pragma once

#include "domain/source_document_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

class SqliteSourceDocumentRepository final : public SourceDocumentRepository {
 public:
    explicit SqliteSourceDocumentRepository(SqliteDatabase& db) : db_(db) {}
    // A document already stored keeps its kind and import time; empty symbol, file name and pages are filled.
    Result<Upserted> upsert(const SourceDocument& document) override;
    Result<SourceDocument> get(std::int64_t id) override;
    Result<std::optional<SourceDocument>> find_by_hash(std::string_view sha256) override;
    Result<std::vector<SourceDocument>> list() override;

 private:
    std::optional<SourceDocument> find_row(std::string_view sha256);

    SqliteDatabase& db_;
};

}  // namespace rectrack

#include "storage/sqlite/sqlite_source_document_repository.hpp"

#include "common/utc_clock.hpp"
#include "storage/sqlite/sqlite_error.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "source_document";
#define DOCUMENT_COLUMNS "id, symbol, kind, file_name, sha256, pages, imported_at"

SourceDocument read_document(SqliteStatement& row) {
    SourceDocument document;
    document.id = row.int64(0);
    document.symbol = row.text(1);
    document.kind = stored_value(document_kind_from_string(row.text_view(2)), "source_documents.kind");
    document.file_name = row.text(3);
    document.sha256 = row.text(4);
    document.pages = row.integer(5);
    document.imported_at = row.text(6);
    return document;
}

}  // namespace

std::optional<SourceDocument> SqliteSourceDocumentRepository::find_row(std::string_view sha256) {
    auto row = db_.prepare("SELECT " DOCUMENT_COLUMNS " FROM source_documents WHERE sha256 = ?");
    row->bind_all(sha256);
    if (!row->step()) return std::nullopt;
    return read_document(*row);
}

Result<Upserted> SqliteSourceDocumentRepository::upsert(const SourceDocument& document) {
    return guarded(entity, [&] {
        return db_.write<Upserted>([&]() -> Result<Upserted> {
            auto existing = find_row(document.sha256);
            if (!existing) {
                auto insert = db_.prepare(
                    "INSERT INTO source_documents (symbol, kind, file_name, sha256, pages, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
                insert->bind_all(document.symbol, to_string(document.kind), document.file_name, document.sha256,
                                 document.pages,
                                 document.imported_at.empty() ? utc_now_iso8601() : document.imported_at);
                insert->run();
                return Upserted{db_.last_insert_id(), UpsertOutcome::created};
            }
            SourceDocument filled = *existing;
            if (filled.symbol.empty()) filled.symbol = document.symbol;
            if (filled.file_name.empty()) filled.file_name = document.file_name;
            if (filled.pages == 0) filled.pages = document.pages;
            if (filled.symbol == existing->symbol && filled.file_name == existing->file_name &&
                filled.pages == existing->pages) {
                return Upserted{existing->id, UpsertOutcome::unchanged};
            }
            auto update = db_.prepare("UPDATE source_documents SET symbol = ?, file_name = ?, pages = ? WHERE id = ?");
            update->bind_all(filled.symbol, filled.file_name, filled.pages, filled.id);
            update->run();
            return Upserted{existing->id, UpsertOutcome::updated};
        });
    });
}

Result<SourceDocument> SqliteSourceDocumentRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<SourceDocument> {
        auto row = db_.prepare("SELECT " DOCUMENT_COLUMNS " FROM source_documents WHERE id = ?");
        row->bind_all(id);
        if (!row->step()) return not_found(entity, id);
        return read_document(*row);
    });
}

Result<std::optional<SourceDocument>> SqliteSourceDocumentRepository::find_by_hash(std::string_view sha256) {
    return guarded(entity, [&]() -> Result<std::optional<SourceDocument>> { return find_row(sha256); });
}

Result<std::vector<SourceDocument>> SqliteSourceDocumentRepository::list() {
    return guarded(entity, [&]() -> Result<std::vector<SourceDocument>> {
        std::vector<SourceDocument> documents;
        auto row = db_.prepare("SELECT " DOCUMENT_COLUMNS " FROM source_documents ORDER BY id");
        while (row->step()) documents.push_back(read_document(*row));
        return documents;
    });
}

}  // namespace rectrack

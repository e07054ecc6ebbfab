#include "storage/sqlite/sqlite_progress_repository.hpp"

#include "common/utc_clock.hpp"
#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "progress_update";
#define PROGRESS_COLUMNS                                                                                     \
    "id, recommendation_id, institution_id, status, date, author_user_id, review, review_comment, version, " \
    "submitted_at, reviewed_at, reviewed_by"

ProgressUpdate read_update(SqliteStatement& row) {
    ProgressUpdate update;
    update.id = row.int64(0);
    update.recommendation_id = row.int64(1);
    update.institution_id = row.int64(2);
    update.status = stored_value(implementation_status_from_string(row.text_view(3)), "progress_updates.status");
    update.date = row.text(4);
    update.author_user_id = row.optional_int64(5);
    update.review = stored_value(update_review_from_string(row.text_view(6)), "progress_updates.review");
    update.review_comment = row.text(7);
    update.version = row.int64(8);
    update.submitted_at = row.text(9);
    update.reviewed_at = row.text(10);
    update.reviewed_by = row.text(11);
    return update;
}

}  // namespace

void SqliteProgressRepository::load_details(ProgressUpdate& update) {
    auto narratives =
        db_.prepare("SELECT language, text FROM progress_narratives WHERE progress_update_id = ? ORDER BY ordinal");
    narratives->bind_all(update.id);
    while (narratives->step()) update.narratives.push_back(LocalizedText{narratives->text(0), narratives->text(1)});
    auto evidence = db_.prepare(
        "SELECT file_name, sha256, size, media_type FROM evidence_files WHERE progress_update_id = ? ORDER BY ordinal");
    evidence->bind_all(update.id);
    while (evidence->step()) {
        update.evidence.push_back(
            EvidenceFile{evidence->text(0), evidence->text(1), evidence->int64(2), evidence->text(3)});
    }
}

void SqliteProgressRepository::write_details(const ProgressUpdate& update) {
    auto clear_narratives = db_.prepare("DELETE FROM progress_narratives WHERE progress_update_id = ?");
    clear_narratives->bind_all(update.id);
    clear_narratives->run();
    auto clear_evidence = db_.prepare("DELETE FROM evidence_files WHERE progress_update_id = ?");
    clear_evidence->bind_all(update.id);
    clear_evidence->run();
    auto narrative = db_.prepare(
        "INSERT INTO progress_narratives (progress_update_id, ordinal, language, text) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < update.narratives.size(); ++i) {
        narrative->bind_all(update.id, static_cast<std::int64_t>(i), update.narratives[i].language,
                            update.narratives[i].text);
        narrative->run();
        narrative->reset();
    }
    auto evidence = db_.prepare(
        "INSERT INTO evidence_files (progress_update_id, ordinal, file_name, sha256, size, media_type) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < update.evidence.size(); ++i) {
        const auto& file = update.evidence[i];
        evidence->bind_all(update.id, static_cast<std::int64_t>(i), file.file_name, file.sha256, file.size,
                           file.media_type);
        evidence->run();
        evidence->reset();
    }
}

std::optional<ProgressUpdate> SqliteProgressRepository::load(std::int64_t id) {
    std::optional<ProgressUpdate> update;
    {
        auto row = db_.prepare("SELECT " PROGRESS_COLUMNS " FROM progress_updates WHERE id = ?");
        row->bind_all(id);
        if (!row->step()) return std::nullopt;
        update = read_update(*row);
    }
    load_details(*update);
    return update;
}

Result<ProgressUpdate> SqliteProgressRepository::add(const ProgressUpdate& update) {
    return guarded(entity, [&] {
        return db_.write<ProgressUpdate>([&]() -> Result<ProgressUpdate> {
            auto insert = db_.prepare(
                "INSERT INTO progress_updates (recommendation_id, institution_id, status, date, author_user_id, "
                "review, review_comment, submitted_at, reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)");
            ProgressUpdate created = update;
            if (created.submitted_at.empty()) created.submitted_at = utc_now_iso8601();
            insert->bind_all(update.recommendation_id, update.institution_id, to_string(update.status), update.date,
                             update.author_user_id, to_string(update.review), update.review_comment,
                             created.submitted_at, update.reviewed_at, update.reviewed_by);
            insert->run();
            created.id = db_.last_insert_id();
            created.version = 1;
            write_details(created);
            return created;
        });
    });
}

Result<ProgressUpdate> SqliteProgressRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<ProgressUpdate> {
        auto update = load(id);
        if (!update) return not_found(entity, id);
        return std::move(*update);
    });
}

Result<std::vector<ProgressUpdate>> SqliteProgressRepository::for_recommendation(std::int64_t recommendation_id) {
    return guarded(entity, [&]() -> Result<std::vector<ProgressUpdate>> {
        std::vector<ProgressUpdate> updates;
        {
            auto rows = db_.prepare("SELECT " PROGRESS_COLUMNS
                                    " FROM progress_updates WHERE recommendation_id = ? ORDER BY id");
            rows->bind_all(recommendation_id);
            while (rows->step()) updates.push_back(read_update(*rows));
        }
        for (auto& update : updates) load_details(update);
        return updates;
    });
}

Result<std::vector<ProgressUpdate>> SqliteProgressRepository::for_review(std::int64_t review_id) {
    return guarded(entity, [&]() -> Result<std::vector<ProgressUpdate>> {
        std::vector<ProgressUpdate> updates;
        {
            auto rows = db_.prepare("SELECT " PROGRESS_COLUMNS
                                    " FROM progress_updates WHERE recommendation_id IN "
                                    "(SELECT id FROM recommendations WHERE review_id = ?) ORDER BY id");
            rows->bind_all(review_id);
            while (rows->step()) updates.push_back(read_update(*rows));
        }
        for (auto& update : updates) load_details(update);
        return updates;
    });
}

Result<ProgressUpdate> SqliteProgressRepository::update(const ProgressUpdate& update) {
    return guarded(entity, [&] {
        return db_.write<ProgressUpdate>([&]() -> Result<ProgressUpdate> {
            auto statement = db_.prepare(
                "UPDATE progress_updates SET status = ?, date = ?, review = ?, review_comment = ?, reviewed_at = ?, "
                "reviewed_by = ?, version = version + 1 WHERE id = ? AND version = ?");
            statement->bind_all(to_string(update.status), update.date, to_string(update.review), update.review_comment,
                                update.reviewed_at, update.reviewed_by, update.id, update.version);
            statement->run();
            if (db_.changes() == 0) {
                return failed_version_check(db_, "progress_updates", entity, update.id, update.version);
            }
            write_details(update);
            auto saved = load(update.id);
            if (!saved) return not_found(entity, update.id);
            return std::move(*saved);
        });
    });
}

}  // namespace rectrack

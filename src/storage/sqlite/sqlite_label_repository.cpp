#include "storage/sqlite/sqlite_label_repository.hpp"

#include "storage/sqlite/sqlite_error.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "suggestion";

Error no_suggestion(std::int64_t recommendation_id, LabelKind kind, std::string_view value) {
    return make_error(ErrorCode::not_found, "store.no_suggestion")
        .with("id", std::to_string(recommendation_id))
        .with("kind", std::string(to_string(kind)))
        .with("value", std::string(value));
}

}  // namespace

Status SqliteLabelRepository::replace_suggestions(std::int64_t recommendation_id, LabelKind kind,
                                                  const std::vector<Label>& labels) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            auto remove =
                db_.prepare("DELETE FROM labels WHERE recommendation_id = ? AND kind = ? AND provenance = 'suggested'");
            remove->bind_all(recommendation_id, to_string(kind));
            remove->run();
            // A value a document or person set keeps its row (the key ignores it); a rejected one is skipped.
            auto insert = db_.prepare(
                "INSERT OR IGNORE INTO labels (recommendation_id, kind, value, provenance, confidence, model_version) "
                "SELECT ?, ?, ?, 'suggested', ?, ? WHERE NOT EXISTS (SELECT 1 FROM rejected_suggestions "
                "WHERE recommendation_id = ? AND kind = ? AND value = ?)");
            for (const auto& label : labels) {
                insert->reset();
                insert->bind_all(recommendation_id, to_string(kind), label.value, label.confidence, label.model_version,
                                 recommendation_id, to_string(kind), label.value);
                insert->run();
            }
            return {};
        });
    });
}

Result<std::vector<LabelSuggestion>> SqliteLabelRepository::suggestions(std::optional<std::int64_t> review_id,
                                                                        std::int64_t offset, std::int64_t limit) {
    return guarded(entity, [&]() -> Result<std::vector<LabelSuggestion>> {
        auto rows = db_.prepare(
            "SELECT l.recommendation_id, r.review_id, r.paragraph, l.kind, l.value, l.confidence, l.model_version "
            "FROM labels l JOIN recommendations r ON r.id = l.recommendation_id "
            "WHERE l.provenance = 'suggested' AND (?1 IS NULL OR r.review_id = ?1) "
            "ORDER BY r.review_id, r.paragraph_key, r.id, l.kind, l.confidence DESC LIMIT ?2 OFFSET ?3");
        rows->bind_all(review_id, limit <= 0 ? std::int64_t{-1} : limit, offset);
        std::vector<LabelSuggestion> found;
        while (rows->step()) {
            LabelSuggestion suggestion;
            suggestion.recommendation_id = rows->int64(0);
            suggestion.review_id = rows->int64(1);
            suggestion.paragraph = rows->text(2);
            suggestion.label.kind = label_kind_from_string(rows->text_view(3)).value_or(LabelKind::issue);
            suggestion.label.value = rows->text(4);
            suggestion.label.provenance = Provenance::suggested;
            suggestion.label.confidence = rows->real(5);
            suggestion.label.model_version = rows->text(6);
            found.push_back(std::move(suggestion));
        }
        return found;
    });
}

Result<std::int64_t> SqliteLabelRepository::count_suggestions(std::optional<std::int64_t> review_id) {
    return guarded(entity, [&]() -> Result<std::int64_t> {
        auto row = db_.prepare(
            "SELECT count(*) FROM labels l JOIN recommendations r ON r.id = l.recommendation_id "
            "WHERE l.provenance = 'suggested' AND (?1 IS NULL OR r.review_id = ?1)");
        row->bind_all(review_id);
        row->step();
        return row->int64(0);
    });
}

Status SqliteLabelRepository::accept(std::int64_t recommendation_id, LabelKind kind, std::string_view value) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            auto update = db_.prepare(
                "UPDATE labels SET provenance = 'confirmed', confidence = 1.0 WHERE recommendation_id = ? AND kind = ? "
                "AND value = ? AND provenance = 'suggested'");
            update->bind_all(recommendation_id, to_string(kind), value);
            update->run();
            if (db_.changes() == 0) return no_suggestion(recommendation_id, kind, value);
            return {};
        });
    });
}

Status SqliteLabelRepository::reject(std::int64_t recommendation_id, LabelKind kind, std::string_view value) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            auto remove = db_.prepare(
                "DELETE FROM labels WHERE recommendation_id = ? AND kind = ? AND value = ? AND provenance = "
                "'suggested'");
            remove->bind_all(recommendation_id, to_string(kind), value);
            remove->run();
            if (db_.changes() == 0) return no_suggestion(recommendation_id, kind, value);
            auto remember = db_.prepare(
                "INSERT OR IGNORE INTO rejected_suggestions (recommendation_id, kind, value) VALUES (?, ?, ?)");
            remember->bind_all(recommendation_id, to_string(kind), value);
            remember->run();
            return {};
        });
    });
}

}  // namespace rectrack

#include "storage/sqlite/sqlite_recommendation_repository.hpp"

#include <algorithm>
#include <utility>

#include "storage/paragraph_key.hpp"
#include "storage/recommendation_digest.hpp"
#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_recommendation_filter.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "recommendation";
constexpr std::int64_t for_each_page_size = 500;
const char* const list_order = " ORDER BY r.review_id, r.paragraph_key, r.id";

std::optional<std::string_view> position_name(const std::optional<Position>& position) {
    if (!position) return std::nullopt;
    return to_string(*position);
}

bool same_label_key(const Label& a, const Label& b) { return a.kind == b.kind && a.value == b.value; }

// The labels to write: the first of each (kind, value), leaving out those a person already set (kept).
std::vector<Label> labels_to_write(const std::vector<Label>& incoming, const std::vector<Label>& kept) {
    std::vector<Label> labels;
    labels.reserve(incoming.size());
    for (const auto& label : incoming) {
        const auto same = [&](const Label& other) { return same_label_key(label, other); };
        if (std::any_of(kept.begin(), kept.end(), same) || std::any_of(labels.begin(), labels.end(), same)) continue;
        labels.push_back(label);
    }
    return labels;
}

bool all_imported(const std::vector<Label>& labels) {
    return std::all_of(labels.begin(), labels.end(),
                       [](const Label& label) { return label.provenance == Provenance::imported; });
}

}  // namespace

Upserted SqliteRecommendationRepository::insert_row(const Recommendation& r) {
    const std::vector<Label> labels = labels_to_write(r.labels, {});
    auto insert = db_.prepare(
        "INSERT INTO recommendations (review_id, source_key, paragraph, paragraph_key, kind, position, "
        "position_document_id, position_explanation, source_document_id, page, cluster_id, import_digest) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind_all(r.review_id, r.source_key, r.paragraph, paragraph_key(r.paragraph), to_string(r.kind),
                     position_name(r.position), r.position_document_id, r.position_explanation, r.source_document_id,
                     r.page, r.cluster_id, import_digest(r, labels));
    insert->run();
    const std::int64_t id = db_.last_insert_id();
    writer_.insert_texts(id, r.texts);
    writer_.insert_translations(id, r.translations);
    writer_.insert_labels(id, labels);
    return Upserted{id, UpsertOutcome::created};
}

Result<Upserted> SqliteRecommendationRepository::insert(const Recommendation& r) {
    return guarded(entity, [&] { return db_.write<Upserted>([&]() -> Result<Upserted> { return insert_row(r); }); });
}

Result<Upserted> SqliteRecommendationRepository::upsert(const Recommendation& r) {
    return guarded(entity, [&] {
        return db_.write<Upserted>([&]() -> Result<Upserted> {
            std::int64_t id = 0;
            std::string stored_digest;
            {
                auto existing =
                    db_.prepare("SELECT id, import_digest FROM recommendations WHERE review_id = ? AND source_key = ?");
                existing->bind_all(r.review_id, r.source_key);
                if (!existing->step()) return insert_row(r);
                id = existing->int64(0);
                stored_digest = existing->text(1);
            }
            if (all_imported(r.labels) && import_digest(r, r.labels) == stored_digest)
                return Upserted{id, UpsertOutcome::unchanged};

            std::vector<Label> kept;
            {
                auto people = db_.prepare(
                    "SELECT kind, value FROM labels WHERE recommendation_id = ? AND provenance <> 'imported'");
                people->bind_all(id);
                while (people->step()) {
                    Label label;
                    label.kind = stored_value(label_kind_from_string(people->text_view(0)), "labels.kind");
                    label.value = people->text(1);
                    kept.push_back(std::move(label));
                }
            }
            const std::vector<Label> labels = labels_to_write(r.labels, kept);
            const std::string digest = import_digest(r, labels);
            if (all_imported(labels) && digest == stored_digest) return Upserted{id, UpsertOutcome::unchanged};

            auto update = db_.prepare(
                "UPDATE recommendations SET paragraph = ?, paragraph_key = ?, kind = ?, position = ?, "
                "position_document_id = ?, position_explanation = ?, source_document_id = ?, page = ?, "
                "import_digest = ?, version = version + 1 WHERE id = ?");
            update->bind_all(r.paragraph, paragraph_key(r.paragraph), to_string(r.kind), position_name(r.position),
                             r.position_document_id, r.position_explanation, r.source_document_id, r.page, digest, id);
            update->run();
            writer_.delete_texts_and_translations(id);
            writer_.delete_imported_labels(id);
            writer_.insert_texts(id, r.texts);
            writer_.insert_translations(id, r.translations);
            writer_.insert_labels(id, labels);
            return Upserted{id, UpsertOutcome::updated};
        });
    });
}

std::optional<Recommendation> SqliteRecommendationRepository::load_one(std::int64_t id) {
    std::vector<Recommendation> records;
    {
        static const std::string sql =
            "SELECT " + SqliteRecommendationLoader::columns() + " FROM recommendations r WHERE r.id = ?";
        auto row = db_.prepare(sql);
        row->bind_all(id);
        if (!row->step()) return std::nullopt;
        records.push_back(SqliteRecommendationLoader::read_row(*row));
    }
    loader_.load_children(records);
    return std::move(records.front());
}

Result<Recommendation> SqliteRecommendationRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<Recommendation> {
        auto record = load_one(id);
        if (!record) return not_found(entity, id);
        return std::move(*record);
    });
}

Result<std::optional<Recommendation>> SqliteRecommendationRepository::find_by_key(std::int64_t review_id,
                                                                                  std::string_view source_key) {
    return guarded(entity, [&]() -> Result<std::optional<Recommendation>> {
        std::optional<std::int64_t> id;
        {
            auto row = db_.prepare("SELECT id FROM recommendations WHERE review_id = ? AND source_key = ?");
            row->bind_all(review_id, source_key);
            if (row->step()) id = row->int64(0);
        }
        if (!id) return std::optional<Recommendation>{};
        return load_one(*id);
    });
}

std::vector<Recommendation> SqliteRecommendationRepository::page(const RecommendationFilter& filter,
                                                                 std::int64_t offset, std::int64_t limit,
                                                                 const Recommendation* after) {
    const SqliteRecommendationFilter conditions(filter);
    std::string sql =
        "SELECT " + SqliteRecommendationLoader::columns() + " FROM recommendations r WHERE " + conditions.conditions();
    if (after != nullptr) sql += " AND (r.review_id, r.paragraph_key, r.id) > (?, ?, ?)";
    sql += list_order;
    sql += " LIMIT ? OFFSET ?";
    std::vector<Recommendation> records;
    {
        auto rows = db_.prepare(sql);
        int index = conditions.bind(*rows, 1);
        if (after != nullptr) {
            rows->bind(index++, after->review_id);
            rows->bind(index++, paragraph_key(after->paragraph));
            rows->bind(index++, after->id);
        }
        rows->bind(index++, limit > 0 ? limit : std::int64_t{-1});
        rows->bind(index, offset);
        while (rows->step()) records.push_back(SqliteRecommendationLoader::read_row(*rows));
    }
    loader_.load_children(records);
    return records;
}

Result<std::vector<Recommendation>> SqliteRecommendationRepository::list(const RecommendationFilter& filter) {
    return guarded(entity, [&]() -> Result<std::vector<Recommendation>> {
        return page(filter, filter.offset, filter.limit, nullptr);
    });
}

Result<std::int64_t> SqliteRecommendationRepository::count(const RecommendationFilter& filter) {
    return guarded(entity, [&]() -> Result<std::int64_t> {
        const SqliteRecommendationFilter conditions(filter);
        auto row = db_.prepare("SELECT count(*) FROM recommendations r WHERE " + conditions.conditions());
        conditions.bind(*row, 1);
        row->step();
        return row->int64(0);
    });
}

Status SqliteRecommendationRepository::for_each(const RecommendationFilter& filter,
                                                const std::function<bool(const Recommendation&)>& visit) {
    return guarded(entity, [&]() -> Status {
        // Pages are read whole before visiting, so visit may use the store itself.
        std::int64_t remaining = filter.limit > 0 ? filter.limit : -1;
        std::optional<Recommendation> last;
        while (remaining != 0) {
            const std::int64_t size = remaining > 0 ? std::min(remaining, for_each_page_size) : for_each_page_size;
            auto records = page(filter, last ? 0 : filter.offset, size, last ? &*last : nullptr);
            for (const auto& record : records) {
                if (!visit(record)) return {};
            }
            if (remaining > 0) remaining -= static_cast<std::int64_t>(records.size());
            if (static_cast<std::int64_t>(records.size()) < size) break;
            last = std::move(records.back());
        }
        return {};
    });
}

Result<Recommendation> SqliteRecommendationRepository::update(const Recommendation& r) {
    return guarded(entity, [&] {
        return db_.write<Recommendation>([&]() -> Result<Recommendation> {
            const std::vector<Label> labels = labels_to_write(r.labels, {});
            auto update = db_.prepare(
                "UPDATE recommendations SET paragraph = ?, paragraph_key = ?, kind = ?, position = ?, "
                "position_document_id = ?, position_explanation = ?, source_document_id = ?, page = ?, "
                "cluster_id = ?, import_digest = ?, version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(r.paragraph, paragraph_key(r.paragraph), to_string(r.kind), position_name(r.position),
                             r.position_document_id, r.position_explanation, r.source_document_id, r.page, r.cluster_id,
                             import_digest(r, labels), r.id, r.version);
            update->run();
            if (db_.changes() == 0) return failed_version_check(db_, "recommendations", entity, r.id, r.version);
            writer_.delete_texts_and_translations(r.id);
            writer_.delete_all_labels(r.id);
            writer_.insert_texts(r.id, r.texts);
            writer_.insert_translations(r.id, r.translations);
            writer_.insert_labels(r.id, labels);
            auto saved = load_one(r.id);
            if (!saved) return not_found(entity, r.id);
            return std::move(*saved);
        });
    });
}

Status SqliteRecommendationRepository::remove(std::int64_t id) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            // Texts, states, translations, labels, assignments and progress go with it: the schema cascades.
            auto remove = db_.prepare("DELETE FROM recommendations WHERE id = ?");
            remove->bind_all(id);
            remove->run();
            if (db_.changes() == 0) return not_found(entity, id);
            return {};
        });
    });
}

Result<std::vector<ReviewStatistics>> SqliteRecommendationRepository::statistics() {
    return guarded(entity, [&]() -> Result<std::vector<ReviewStatistics>> {
        auto rows = db_.prepare(
            "SELECT r.review_id, "
            "sum(r.kind = 'recommendation'), "
            "(SELECT count(DISTINCT s.state_code) FROM recommendations q "
            " JOIN recommendation_text_states s ON s.recommendation_id = q.id "
            " WHERE q.review_id = r.review_id AND q.kind = 'recommendation'), "
            "sum(r.kind = 'recommendation' AND r.position = 'supported'), "
            "sum(r.kind = 'recommendation' AND r.position = 'noted'), "
            "sum(r.kind = 'recommendation' AND r.position = 'partially_supported'), "
            "sum(r.kind = 'recommendation' AND r.position = 'pending'), "
            "sum(r.kind = 'recommendation' AND r.position IS NULL), "
            "sum(r.kind = 'voluntary_pledge') "
            "FROM recommendations r GROUP BY r.review_id ORDER BY r.review_id");
        std::vector<ReviewStatistics> statistics;
        while (rows->step()) {
            ReviewStatistics s;
            s.review_id = rows->int64(0);
            s.recommendations = rows->int64(1);
            s.recommending_states = rows->int64(2);
            s.supported = rows->int64(3);
            s.noted = rows->int64(4);
            s.partially_supported = rows->int64(5);
            s.pending = rows->int64(6);
            s.without_position = rows->int64(7);
            s.voluntary_pledges = rows->int64(8);
            statistics.push_back(s);
        }
        return statistics;
    });
}

}  // namespace rectrack

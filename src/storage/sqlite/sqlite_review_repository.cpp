#include "storage/sqlite/sqlite_review_repository.hpp"

#include "storage/sqlite/sqlite_error.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "review";
#define REVIEW_COLUMNS "id, state_code, mechanism, cycle, session, dialogue_date, adoption_date, document_symbol"

Review read_review(SqliteStatement& row) {
    Review review;
    review.id = row.int64(0);
    review.state_code = row.text(1);
    review.mechanism = row.text(2);
    review.cycle = row.integer(3);
    review.session = row.integer(4);
    review.dialogue_date = row.text(5);
    review.adoption_date = row.text(6);
    review.document_symbol = row.text(7);
    return review;
}

void fill_if_empty(std::string& field, const std::string& value) {
    if (field.empty()) field = value;
}

}  // namespace

std::optional<Review> SqliteReviewRepository::find_row(std::string_view state_code, std::string_view mechanism,
                                                       int cycle, int session) {
    auto row = db_.prepare("SELECT " REVIEW_COLUMNS
                           " FROM reviews WHERE state_code = ? AND mechanism = ? AND cycle = ? AND session = ?");
    row->bind_all(state_code, mechanism, cycle, session);
    if (!row->step()) return std::nullopt;
    return read_review(*row);
}

Result<Upserted> SqliteReviewRepository::upsert(const Review& review) {
    return guarded(entity, [&] {
        return db_.write<Upserted>([&]() -> Result<Upserted> {
            auto existing = find_row(review.state_code, review.mechanism, review.cycle, review.session);
            if (!existing) {
                auto insert = db_.prepare(
                    "INSERT INTO reviews (state_code, mechanism, cycle, session, dialogue_date, adoption_date, "
                    "document_symbol) VALUES (?, ?, ?, ?, ?, ?, ?)");
                insert->bind_all(review.state_code, review.mechanism, review.cycle, review.session,
                                 review.dialogue_date, review.adoption_date, review.document_symbol);
                insert->run();
                return Upserted{db_.last_insert_id(), UpsertOutcome::created};
            }
            Review filled = *existing;
            fill_if_empty(filled.dialogue_date, review.dialogue_date);
            fill_if_empty(filled.adoption_date, review.adoption_date);
            fill_if_empty(filled.document_symbol, review.document_symbol);
            if (filled == *existing) return Upserted{existing->id, UpsertOutcome::unchanged};
            auto update = db_.prepare(
                "UPDATE reviews SET dialogue_date = ?, adoption_date = ?, document_symbol = ? WHERE id = ?");
            update->bind_all(filled.dialogue_date, filled.adoption_date, filled.document_symbol, filled.id);
            update->run();
            return Upserted{existing->id, UpsertOutcome::updated};
        });
    });
}

Result<Review> SqliteReviewRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<Review> {
        auto row = db_.prepare("SELECT " REVIEW_COLUMNS " FROM reviews WHERE id = ?");
        row->bind_all(id);
        if (!row->step()) return not_found(entity, id);
        return read_review(*row);
    });
}

Result<std::optional<Review>> SqliteReviewRepository::find(std::string_view state_code, std::string_view mechanism,
                                                           int cycle, int session) {
    return guarded(entity,
                   [&]() -> Result<std::optional<Review>> { return find_row(state_code, mechanism, cycle, session); });
}

Result<std::vector<Review>> SqliteReviewRepository::list() {
    return guarded(entity, [&]() -> Result<std::vector<Review>> {
        std::vector<Review> reviews;
        auto row =
            db_.prepare("SELECT " REVIEW_COLUMNS " FROM reviews ORDER BY state_code, mechanism, cycle, session, id");
        while (row->step()) reviews.push_back(read_review(*row));
        return reviews;
    });
}

}  // namespace rectrack

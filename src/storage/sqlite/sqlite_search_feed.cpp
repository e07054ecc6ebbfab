#include "storage/sqlite/sqlite_search_feed.hpp"

#include <algorithm>
#include <unordered_map>

#include "storage/sqlite/sqlite_error.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "search";
constexpr int batch_size = 2000;
const std::string in_range = "{id} BETWEEN ?1 AND ?2";
const std::string in_list = "{id} IN (SELECT value FROM json_each(?1))";

std::string with_column(std::string condition, const std::string& column) {
    const auto at = condition.find("{id}");
    return condition.replace(at, 4, column);
}

void bind_condition(SqliteStatement& statement, const std::string& condition, const std::string& first,
                    std::int64_t second) {
    if (condition == in_range) {
        statement.bind_all(static_cast<std::int64_t>(std::stoll(first)), second);
    } else {
        statement.bind(1, first);
    }
}

}  // namespace

Result<std::int64_t> SqliteSearchFeed::last_change() {
    return guarded(entity, [&]() -> Result<std::int64_t> {
        auto statement = db_.prepare("SELECT coalesce(max(change), 0) FROM search_changes");
        statement->step();
        return statement->int64(0);
    });
}

Result<SearchChanges> SqliteSearchFeed::changes_since(std::int64_t change) {
    return guarded(entity, [&]() -> Result<SearchChanges> {
        SearchChanges changes{{}, change};
        auto statement =
            db_.prepare("SELECT recommendation_id, change FROM search_changes WHERE change > ? ORDER BY change");
        statement->bind_all(change);
        while (statement->step()) {
            changes.recommendation_ids.push_back(statement->int64(0));
            changes.last_change = std::max(changes.last_change, statement->int64(1));
        }
        std::sort(changes.recommendation_ids.begin(), changes.recommendation_ids.end());
        return changes;
    });
}

Status SqliteSearchFeed::for_each_document(const std::function<void(SearchDocument&&)>& visit) {
    return guarded(entity, [&]() -> Status {
        std::int64_t after = 0;
        while (true) {
            std::int64_t first = 0;
            std::int64_t last = 0;
            {
                auto ids = db_.prepare("SELECT id FROM recommendations WHERE id > ? ORDER BY id LIMIT ?");
                ids->bind_all(after, batch_size);
                while (ids->step()) {
                    if (first == 0) first = ids->int64(0);
                    last = ids->int64(0);
                }
            }
            if (first == 0) return {};
            for (auto& document : load(in_range, std::to_string(first), last)) visit(std::move(document));
            after = last;
        }
    });
}

Result<std::vector<SearchDocument>> SqliteSearchFeed::documents(const std::vector<std::int64_t>& ids) {
    return guarded(entity, [&]() -> Result<std::vector<SearchDocument>> {
        std::vector<SearchDocument> documents;
        for (std::size_t begin = 0; begin < ids.size(); begin += batch_size) {
            std::string list = "[";
            for (std::size_t i = begin; i < std::min(ids.size(), begin + batch_size); ++i) {
                if (i > begin) list += ',';
                list += std::to_string(ids[i]);
            }
            list += ']';
            for (auto& document : load(in_list, list)) documents.push_back(std::move(document));
        }
        return documents;
    });
}

std::vector<SearchDocument> SqliteSearchFeed::load(const std::string& condition, const std::string& first,
                                                   std::int64_t second) {
    std::vector<SearchDocument> documents;
    std::unordered_map<std::int64_t, std::size_t> index_of;
    {
        auto rows = db_.prepare(
            "SELECT r.id, r.review_id, r.paragraph, r.paragraph_key, r.kind, r.position, v.mechanism, v.state_code, "
            "v.cycle, v.session FROM recommendations r JOIN reviews v ON v.id = r.review_id WHERE " +
            with_column(condition, "r.id") + " ORDER BY r.id");
        bind_condition(*rows, condition, first, second);
        while (rows->step()) {
            SearchDocument d;
            d.id = rows->int64(0);
            d.review_id = rows->int64(1);
            d.paragraph = rows->text(2);
            d.paragraph_key = rows->text(3);
            d.kind = stored_value(recommendation_kind_from_string(rows->text_view(4)), "recommendations.kind");
            if (!rows->is_null(5)) {
                d.position = stored_value(position_from_string(rows->text_view(5)), "recommendations.position");
            }
            d.mechanism = rows->text(6);
            d.state_code = rows->text(7);
            d.cycle = rows->integer(8);
            d.session = rows->integer(9);
            index_of.emplace(d.id, documents.size());
            documents.push_back(std::move(d));
        }
    }
    if (documents.empty()) return documents;
    const auto find = [&](std::int64_t id) -> SearchDocument* {
        auto it = index_of.find(id);
        return it == index_of.end() ? nullptr : &documents[it->second];
    };
    {
        auto texts = db_.prepare("SELECT recommendation_id, text FROM recommendation_texts WHERE " +
                                 with_column(condition, "recommendation_id") + " ORDER BY recommendation_id, ordinal");
        bind_condition(*texts, condition, first, second);
        while (texts->step()) {
            if (auto* d = find(texts->int64(0))) d->texts.push_back({texts->text(1), {}});
        }
    }
    {
        auto states = db_.prepare(
            "SELECT recommendation_id, text_ordinal, state_code FROM recommendation_text_states "
            "WHERE " +
            with_column(condition, "recommendation_id") + " ORDER BY recommendation_id, text_ordinal, ordinal");
        bind_condition(*states, condition, first, second);
        while (states->step()) {
            auto* d = find(states->int64(0));
            const auto ordinal = static_cast<std::size_t>(states->int64(1));
            if (d != nullptr && ordinal < d->texts.size()) d->texts[ordinal].state_codes.push_back(states->text(2));
        }
    }
    {
        auto translations =
            db_.prepare("SELECT recommendation_id, language, text FROM translations WHERE " +
                        with_column(condition, "recommendation_id") + " ORDER BY recommendation_id, ordinal");
        bind_condition(*translations, condition, first, second);
        while (translations->step()) {
            if (auto* d = find(translations->int64(0))) {
                d->translations.push_back({translations->text(1), translations->text(2)});
            }
        }
    }
    {
        auto labels = db_.prepare("SELECT recommendation_id, kind, value FROM labels WHERE " +
                                  with_column(condition, "recommendation_id") + " ORDER BY recommendation_id");
        bind_condition(*labels, condition, first, second);
        while (labels->step()) {
            if (auto* d = find(labels->int64(0))) {
                Label label;
                label.kind = stored_value(label_kind_from_string(labels->text_view(1)), "labels.kind");
                label.value = labels->text(2);
                d->labels.push_back(std::move(label));
            }
        }
    }
    {
        // Lead and supporting institutions, of assignments to the recommendation itself or to its cluster.
        auto institutions = db_.prepare(
            "WITH assigned AS (SELECT r.id AS recommendation_id, a.id AS assignment_id, a.lead_institution_id "
            "FROM recommendations r JOIN assignments a ON a.recommendation_id = r.id WHERE " +
            with_column(condition, "r.id") +
            " UNION ALL SELECT r.id, a.id, a.lead_institution_id FROM recommendations r JOIN assignments a "
            "ON a.cluster_id = r.cluster_id WHERE r.cluster_id IS NOT NULL AND " +
            with_column(condition, "r.id") +
            ") SELECT s.recommendation_id, i.code FROM assigned s JOIN institutions i ON i.id = s.lead_institution_id "
            "UNION SELECT s.recommendation_id, i.code FROM assigned s JOIN assignment_supporters p "
            "ON p.assignment_id = s.assignment_id JOIN institutions i ON i.id = p.institution_id");
        bind_condition(*institutions, condition, first, second);
        while (institutions->step()) {
            if (auto* d = find(institutions->int64(0))) d->institutions.push_back(institutions->text(1));
        }
    }
    {
        auto progress =
            db_.prepare("SELECT recommendation_id, status FROM progress_updates WHERE review = 'accepted' AND " +
                        with_column(condition, "recommendation_id") + " ORDER BY recommendation_id, date, id");
        bind_condition(*progress, condition, first, second);
        while (progress->step()) {
            if (auto* d = find(progress->int64(0))) d->progress_status = progress->text(1);
        }
    }
    return documents;
}

}  // namespace rectrack

#include "storage/sqlite/sqlite_cluster_repository.hpp"

#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "cluster";

Cluster read_cluster(SqliteStatement& row) {
    return Cluster{row.int64(0), row.int64(1), row.text(2), row.int64(3), row.int64(4) != 0};
}

}  // namespace

Result<Cluster> SqliteClusterRepository::create(const Cluster& cluster) {
    return guarded(entity, [&] {
        return db_.write<Cluster>([&]() -> Result<Cluster> {
            auto insert = db_.prepare("INSERT INTO clusters (review_id, label, pinned) VALUES (?, ?, ?)");
            insert->bind_all(cluster.review_id, cluster.label, cluster.pinned);
            insert->run();
            Cluster created = cluster;
            created.id = db_.last_insert_id();
            created.version = 1;
            return created;
        });
    });
}

Result<Cluster> SqliteClusterRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<Cluster> {
        auto row = db_.prepare("SELECT id, review_id, label, version, pinned FROM clusters WHERE id = ?");
        row->bind_all(id);
        if (!row->step()) return not_found(entity, id);
        return read_cluster(*row);
    });
}

Result<std::vector<Cluster>> SqliteClusterRepository::for_review(std::int64_t review_id) {
    return guarded(entity, [&]() -> Result<std::vector<Cluster>> {
        std::vector<Cluster> clusters;
        auto rows =
            db_.prepare("SELECT id, review_id, label, version, pinned FROM clusters WHERE review_id = ? ORDER BY id");
        rows->bind_all(review_id);
        while (rows->step()) clusters.push_back(read_cluster(*rows));
        return clusters;
    });
}

Result<Cluster> SqliteClusterRepository::update(const Cluster& cluster) {
    return guarded(entity, [&] {
        return db_.write<Cluster>([&]() -> Result<Cluster> {
            auto update = db_.prepare(
                "UPDATE clusters SET label = ?, pinned = ?, version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(cluster.label, cluster.pinned, cluster.id, cluster.version);
            update->run();
            if (db_.changes() == 0) return failed_version_check(db_, "clusters", entity, cluster.id, cluster.version);
            Cluster saved = cluster;
            saved.version = cluster.version + 1;
            return saved;
        });
    });
}

Status SqliteClusterRepository::place(std::int64_t recommendation_id, std::optional<std::int64_t> cluster_id) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            if (cluster_id) {
                auto exists = db_.prepare("SELECT 1 FROM clusters WHERE id = ?");
                exists->bind_all(*cluster_id);
                if (!exists->step()) return not_found(entity, *cluster_id);
            }
            auto update = db_.prepare("UPDATE recommendations SET cluster_id = ?, version = version + 1 WHERE id = ?");
            update->bind_all(cluster_id, recommendation_id);
            update->run();
            if (db_.changes() == 0) return not_found("recommendation", recommendation_id);
            return {};
        });
    });
}

Status SqliteClusterRepository::remove(std::int64_t id) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            auto remove = db_.prepare("DELETE FROM clusters WHERE id = ?");
            remove->bind_all(id);
            remove->run();
            if (db_.changes() == 0) return not_found(entity, id);
            return {};
        });
    });
}

Status SqliteClusterRepository::replace_predecessors(std::int64_t review_id,
                                                     const std::vector<PredecessorLink>& links) {
    return guarded(entity, [&] {
        return db_.write_status([&]() -> Status {
            auto clear = db_.prepare(
                "DELETE FROM predecessor_links WHERE recommendation_id IN (SELECT id FROM recommendations WHERE "
                "review_id = ?)");
            clear->bind_all(review_id);
            clear->run();
            auto insert = db_.prepare(
                "INSERT OR REPLACE INTO predecessor_links (recommendation_id, predecessor_id, similarity) VALUES (?, "
                "?, ?)");
            for (const auto& link : links) {
                insert->reset();
                insert->bind_all(link.recommendation_id, link.predecessor_id, link.similarity);
                insert->run();
            }
            return {};
        });
    });
}

Result<std::vector<PredecessorLink>> SqliteClusterRepository::predecessors(std::int64_t review_id) {
    return guarded(entity, [&]() -> Result<std::vector<PredecessorLink>> {
        auto rows = db_.prepare(
            "SELECT l.recommendation_id, l.predecessor_id, l.similarity FROM predecessor_links l JOIN recommendations "
            "r "
            "ON r.id = l.recommendation_id WHERE r.review_id = ? ORDER BY l.recommendation_id, l.similarity DESC");
        rows->bind_all(review_id);
        std::vector<PredecessorLink> links;
        while (rows->step()) links.push_back({rows->int64(0), rows->int64(1), rows->real(2)});
        return links;
    });
}

}  // namespace rectrack

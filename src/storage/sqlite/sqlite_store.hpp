#pragma once

#include <memory>
#include <string>

#include "domain/store.hpp"
#include "storage/sqlite/sqlite_audit_repository.hpp"
#include "storage/sqlite/sqlite_cluster_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"
#include "storage/sqlite/sqlite_institution_repository.hpp"
#include "storage/sqlite/sqlite_label_repository.hpp"
#include "storage/sqlite/sqlite_plan_repository.hpp"
#include "storage/sqlite/sqlite_progress_repository.hpp"
#include "storage/sqlite/sqlite_recommendation_repository.hpp"
#include "storage/sqlite/sqlite_review_repository.hpp"
#include "storage/sqlite/sqlite_search_feed.hpp"
#include "storage/sqlite/sqlite_source_document_repository.hpp"
#include "storage/sqlite/sqlite_user_repository.hpp"

namespace rectrack {

// The Store on one SQLite file, migrated to the newest schema when opened.
class SqliteStore final : public Store {
 public:
    // Creates the file and its parent directory when missing.
    static Result<std::unique_ptr<SqliteStore>> open(const std::string& path);

    ReviewRepository& reviews() override { return reviews_; }
    SourceDocumentRepository& documents() override { return documents_; }
    RecommendationRepository& recommendations() override { return recommendations_; }
    InstitutionRepository& institutions() override { return institutions_; }
    PlanRepository& plans() override { return plans_; }
    ProgressRepository& progress() override { return progress_; }
    UserRepository& users() override { return users_; }
    AuditRepository& audit() override { return audit_; }
    ClusterRepository& clusters() override { return clusters_; }
    LabelRepository& labels() override { return labels_; }
    SearchFeed& search_feed() override { return search_feed_; }
    Status transaction(const std::function<Status()>& work) override { return db_->transaction(work); }

    // The connection, for SQLite-specific tools and tests.
    SqliteDatabase& database() { return *db_; }

 private:
    explicit SqliteStore(std::unique_ptr<SqliteDatabase> db);

    std::unique_ptr<SqliteDatabase> db_;
    SqliteReviewRepository reviews_;
    SqliteSourceDocumentRepository documents_;
    SqliteRecommendationRepository recommendations_;
    SqliteInstitutionRepository institutions_;
    SqlitePlanRepository plans_;
    SqliteProgressRepository progress_;
    SqliteUserRepository users_;
    SqliteAuditRepository audit_;
    SqliteClusterRepository clusters_;
    SqliteLabelRepository labels_;
    SqliteSearchFeed search_feed_;
};

}  // namespace rectrack

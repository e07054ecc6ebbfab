#pragma once

#include <functional>

#include "common/result.hpp"
#include "domain/audit_repository.hpp"
#include "domain/cluster_repository.hpp"
#include "domain/institution_repository.hpp"
#include "domain/label_repository.hpp"
#include "domain/plan_repository.hpp"
#include "domain/progress_repository.hpp"
#include "domain/recommendation_repository.hpp"
#include "domain/review_repository.hpp"
#include "domain/search_feed.hpp"
#include "domain/source_document_repository.hpp"
#include "domain/user_repository.hpp"

namespace rectrack {

// One connection to the database with its repositories; not shared between threads.
class Store {
 public:
    virtual ~Store() = default;
    virtual ReviewRepository& reviews() = 0;
    virtual SourceDocumentRepository& documents() = 0;
    virtual RecommendationRepository& recommendations() = 0;
    virtual InstitutionRepository& institutions() = 0;
    virtual PlanRepository& plans() = 0;
    virtual ProgressRepository& progress() = 0;
    virtual UserRepository& users() = 0;
    virtual AuditRepository& audit() = 0;
    virtual ClusterRepository& clusters() = 0;
    virtual LabelRepository& labels() = 0;
    virtual SearchFeed& search_feed() = 0;

    // Runs work in one transaction: committed if it returns ok, rolled back on an error or exception.
    // Every write goes through here; a repository write outside a transaction runs in its own.
    virtual Status transaction(const std::function<Status()>& work) = 0;
};

}  // namespace rectrack

#pragma once

#include "domain/plan_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Plans and what hangs off them; a record's plan never changes once added.
class SqlitePlanRepository final : public PlanRepository {
 public:
    explicit SqlitePlanRepository(SqliteDatabase& db) : db_(db) {}
    Result<Plan> create(const Plan& plan) override;
    Result<Plan> get(std::int64_t id) override;
    Result<std::vector<Plan>> list() override;
    Result<Plan> update(const Plan& plan) override;

    Result<Assignment> add_assignment(const Assignment& assignment) override;
    Result<std::vector<Assignment>> assignments(std::int64_t plan_id) override;
    Result<Assignment> update_assignment(const Assignment& assignment) override;
    Result<Assignment> assignment(std::int64_t id) override;
    Result<std::vector<Assignment>> assignments_of_recommendation(std::int64_t recommendation_id) override;

    Result<Activity> add_activity(const Activity& activity) override;
    Result<std::vector<Activity>> activities(std::int64_t plan_id) override;
    Result<Activity> update_activity(const Activity& activity) override;
    Result<Activity> activity(std::int64_t id) override;

    Result<Indicator> add_indicator(const Indicator& indicator) override;
    Result<std::vector<Indicator>> indicators(std::int64_t plan_id) override;
    Result<Indicator> update_indicator(const Indicator& indicator) override;
    Result<Indicator> indicator(std::int64_t id) override;

 private:
    void load_reviews(Plan& plan);
    void write_reviews(std::int64_t plan_id, const std::vector<std::int64_t>& review_ids);
    void load_supporters(Assignment& assignment);
    void write_supporters(std::int64_t assignment_id, const std::vector<std::int64_t>& institution_ids);
    void load_values(Indicator& indicator);
    void write_values(std::int64_t indicator_id, const std::vector<IndicatorValue>& values);

    SqliteDatabase& db_;
};

}  // namespace rectrack

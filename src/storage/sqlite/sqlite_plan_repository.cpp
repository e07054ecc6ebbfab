#include "storage/sqlite/sqlite_plan_repository.hpp"

#include "common/utc_clock.hpp"
#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

#define PLAN_COLUMNS "id, name, decision_number, decision_date, period_start, period_end, version"
#define ASSIGNMENT_COLUMNS "id, plan_id, recommendation_id, cluster_id, lead_institution_id, version, assigned_at"
#define ACTIVITY_COLUMNS \
    "id, plan_id, assignment_id, title, owner_institution_id, deadline, budget, currency, status, version"
#define INDICATOR_COLUMNS "id, plan_id, assignment_id, definition, unit, baseline, target, version"

Plan read_plan(SqliteStatement& row) {
    Plan plan;
    plan.id = row.int64(0);
    plan.name = row.text(1);
    plan.decision_number = row.text(2);
    plan.decision_date = row.text(3);
    plan.period_start = row.text(4);
    plan.period_end = row.text(5);
    plan.version = row.int64(6);
    return plan;
}

Assignment read_assignment(SqliteStatement& row) {
    Assignment assignment;
    assignment.id = row.int64(0);
    assignment.plan_id = row.int64(1);
    assignment.recommendation_id = row.optional_int64(2);
    assignment.cluster_id = row.optional_int64(3);
    assignment.lead_institution_id = row.int64(4);
    assignment.version = row.int64(5);
    assignment.assigned_at = row.text(6);
    return assignment;
}

Activity read_activity(SqliteStatement& row) {
    Activity activity;
    activity.id = row.int64(0);
    activity.plan_id = row.int64(1);
    activity.assignment_id = row.optional_int64(2);
    activity.title = row.text(3);
    activity.owner_institution_id = row.optional_int64(4);
    activity.deadline = row.text(5);
    activity.budget = row.real(6);
    activity.currency = row.text(7);
    activity.status = stored_value(activity_status_from_string(row.text_view(8)), "activities.status");
    activity.version = row.int64(9);
    return activity;
}

Indicator read_indicator(SqliteStatement& row) {
    Indicator indicator;
    indicator.id = row.int64(0);
    indicator.plan_id = row.int64(1);
    indicator.assignment_id = row.optional_int64(2);
    indicator.definition = row.text(3);
    indicator.unit = row.text(4);
    indicator.baseline = row.real(5);
    indicator.target = row.real(6);
    indicator.version = row.int64(7);
    return indicator;
}

// An assignment names exactly one of a recommendation or a cluster.
std::optional<Error> invalid_target(const Assignment& assignment) {
    if (assignment.recommendation_id.has_value() != assignment.cluster_id.has_value()) return std::nullopt;
    return Error{ErrorCode::invalid_input, "store.assignment_target", {{"entity", "assignment"}}};
}

}  // namespace

void SqlitePlanRepository::load_reviews(Plan& plan) {
    auto rows = db_.prepare("SELECT review_id FROM plan_reviews WHERE plan_id = ? ORDER BY ordinal");
    rows->bind_all(plan.id);
    while (rows->step()) plan.review_ids.push_back(rows->int64(0));
}

void SqlitePlanRepository::write_reviews(std::int64_t plan_id, const std::vector<std::int64_t>& review_ids) {
    auto clear = db_.prepare("DELETE FROM plan_reviews WHERE plan_id = ?");
    clear->bind_all(plan_id);
    clear->run();
    auto insert = db_.prepare("INSERT INTO plan_reviews (plan_id, review_id, ordinal) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < review_ids.size(); ++i) {
        insert->bind_all(plan_id, review_ids[i], static_cast<std::int64_t>(i));
        insert->run();
        insert->reset();
    }
}

void SqlitePlanRepository::load_supporters(Assignment& assignment) {
    auto rows =
        db_.prepare("SELECT institution_id FROM assignment_supporters WHERE assignment_id = ? ORDER BY ordinal");
    rows->bind_all(assignment.id);
    while (rows->step()) assignment.supporting_institution_ids.push_back(rows->int64(0));
}

void SqlitePlanRepository::write_supporters(std::int64_t assignment_id,
                                            const std::vector<std::int64_t>& institution_ids) {
    auto clear = db_.prepare("DELETE FROM assignment_supporters WHERE assignment_id = ?");
    clear->bind_all(assignment_id);
    clear->run();
    auto insert =
        db_.prepare("INSERT INTO assignment_supporters (assignment_id, institution_id, ordinal) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < institution_ids.size(); ++i) {
        insert->bind_all(assignment_id, institution_ids[i], static_cast<std::int64_t>(i));
        insert->run();
        insert->reset();
    }
}

void SqlitePlanRepository::load_values(Indicator& indicator) {
    auto rows = db_.prepare("SELECT date, value FROM indicator_values WHERE indicator_id = ? ORDER BY ordinal");
    rows->bind_all(indicator.id);
    while (rows->step()) indicator.values.push_back(IndicatorValue{rows->text(0), rows->real(1)});
}

void SqlitePlanRepository::write_values(std::int64_t indicator_id, const std::vector<IndicatorValue>& values) {
    auto clear = db_.prepare("DELETE FROM indicator_values WHERE indicator_id = ?");
    clear->bind_all(indicator_id);
    clear->run();
    auto insert = db_.prepare("INSERT INTO indicator_values (indicator_id, ordinal, date, value) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < values.size(); ++i) {
        insert->bind_all(indicator_id, static_cast<std::int64_t>(i), values[i].date, values[i].value);
        insert->run();
        insert->reset();
    }
}

Result<Plan> SqlitePlanRepository::create(const Plan& plan) {
    return guarded("plan", [&] {
        return db_.write<Plan>([&]() -> Result<Plan> {
            auto insert = db_.prepare(
                "INSERT INTO plans (name, decision_number, decision_date, period_start, period_end) "
                "VALUES (?, ?, ?, ?, ?)");
            insert->bind_all(plan.name, plan.decision_number, plan.decision_date, plan.period_start, plan.period_end);
            insert->run();
            Plan created = plan;
            created.id = db_.last_insert_id();
            created.version = 1;
            write_reviews(created.id, created.review_ids);
            return created;
        });
    });
}

Result<Plan> SqlitePlanRepository::get(std::int64_t id) {
    return guarded("plan", [&]() -> Result<Plan> {
        std::optional<Plan> plan;
        {
            auto row = db_.prepare("SELECT " PLAN_COLUMNS " FROM plans WHERE id = ?");
            row->bind_all(id);
            if (!row->step()) return not_found("plan", id);
            plan = read_plan(*row);
        }
        load_reviews(*plan);
        return std::move(*plan);
    });
}

Result<std::vector<Plan>> SqlitePlanRepository::list() {
    return guarded("plan", [&]() -> Result<std::vector<Plan>> {
        std::vector<Plan> plans;
        {
            auto rows = db_.prepare("SELECT " PLAN_COLUMNS " FROM plans ORDER BY id");
            while (rows->step()) plans.push_back(read_plan(*rows));
        }
        for (auto& plan : plans) load_reviews(plan);
        return plans;
    });
}

Result<Plan> SqlitePlanRepository::update(const Plan& plan) {
    return guarded("plan", [&] {
        return db_.write<Plan>([&]() -> Result<Plan> {
            auto update = db_.prepare(
                "UPDATE plans SET name = ?, decision_number = ?, decision_date = ?, period_start = ?, "
                "period_end = ?, version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(plan.name, plan.decision_number, plan.decision_date, plan.period_start, plan.period_end,
                             plan.id, plan.version);
            update->run();
            if (db_.changes() == 0) return failed_version_check(db_, "plans", "plan", plan.id, plan.version);
            write_reviews(plan.id, plan.review_ids);
            Plan saved = plan;
            saved.version = plan.version + 1;
            return saved;
        });
    });
}

Result<Assignment> SqlitePlanRepository::add_assignment(const Assignment& assignment) {
    if (auto error = invalid_target(assignment)) return *error;
    return guarded("assignment", [&] {
        return db_.write<Assignment>([&]() -> Result<Assignment> {
            auto insert = db_.prepare(
                "INSERT INTO assignments (plan_id, recommendation_id, cluster_id, lead_institution_id, assigned_at) "
                "VALUES (?, ?, ?, ?, ?)");
            Assignment created = assignment;
            if (created.assigned_at.empty()) created.assigned_at = utc_now_iso8601();
            insert->bind_all(assignment.plan_id, assignment.recommendation_id, assignment.cluster_id,
                             assignment.lead_institution_id, created.assigned_at);
            insert->run();
            created.id = db_.last_insert_id();
            created.version = 1;
            write_supporters(created.id, created.supporting_institution_ids);
            return created;
        });
    });
}

Result<std::vector<Assignment>> SqlitePlanRepository::assignments(std::int64_t plan_id) {
    return guarded("assignment", [&]() -> Result<std::vector<Assignment>> {
        std::vector<Assignment> assignments;
        {
            auto rows = db_.prepare("SELECT " ASSIGNMENT_COLUMNS " FROM assignments WHERE plan_id = ? ORDER BY id");
            rows->bind_all(plan_id);
            while (rows->step()) assignments.push_back(read_assignment(*rows));
        }
        for (auto& assignment : assignments) load_supporters(assignment);
        return assignments;
    });
}

Result<Assignment> SqlitePlanRepository::assignment(std::int64_t id) {
    return guarded("assignment", [&]() -> Result<Assignment> {
        std::optional<Assignment> found;
        {
            auto row = db_.prepare("SELECT " ASSIGNMENT_COLUMNS " FROM assignments WHERE id = ?");
            row->bind_all(id);
            if (!row->step()) return not_found("assignment", id);
            found = read_assignment(*row);
        }
        load_supporters(*found);
        return std::move(*found);
    });
}

Result<std::vector<Assignment>> SqlitePlanRepository::assignments_of_recommendation(std::int64_t recommendation_id) {
    return guarded("assignment", [&]() -> Result<std::vector<Assignment>> {
        std::vector<Assignment> assignments;
        {
            auto rows =
                db_.prepare("SELECT " ASSIGNMENT_COLUMNS " FROM assignments WHERE recommendation_id = ? ORDER BY id");
            rows->bind_all(recommendation_id);
            while (rows->step()) assignments.push_back(read_assignment(*rows));
        }
        for (auto& assignment : assignments) load_supporters(assignment);
        return assignments;
    });
}

Result<Assignment> SqlitePlanRepository::update_assignment(const Assignment& assignment) {
    if (auto error = invalid_target(assignment)) return *error;
    return guarded("assignment", [&] {
        return db_.write<Assignment>([&]() -> Result<Assignment> {
            auto update = db_.prepare(
                "UPDATE assignments SET recommendation_id = ?, cluster_id = ?, lead_institution_id = ?, "
                "version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(assignment.recommendation_id, assignment.cluster_id, assignment.lead_institution_id,
                             assignment.id, assignment.version);
            update->run();
            if (db_.changes() == 0) {
                return failed_version_check(db_, "assignments", "assignment", assignment.id, assignment.version);
            }
            write_supporters(assignment.id, assignment.supporting_institution_ids);
            Assignment saved = assignment;
            saved.version = assignment.version + 1;
            return saved;
        });
    });
}

Result<Activity> SqlitePlanRepository::add_activity(const Activity& activity) {
    return guarded("activity", [&] {
        return db_.write<Activity>([&]() -> Result<Activity> {
            auto insert = db_.prepare(
                "INSERT INTO activities (plan_id, assignment_id, title, owner_institution_id, deadline, budget, "
                "currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            insert->bind_all(activity.plan_id, activity.assignment_id, activity.title, activity.owner_institution_id,
                             activity.deadline, activity.budget, activity.currency, to_string(activity.status));
            insert->run();
            Activity created = activity;
            created.id = db_.last_insert_id();
            created.version = 1;
            return created;
        });
    });
}

Result<std::vector<Activity>> SqlitePlanRepository::activities(std::int64_t plan_id) {
    return guarded("activity", [&]() -> Result<std::vector<Activity>> {
        std::vector<Activity> activities;
        auto rows = db_.prepare("SELECT " ACTIVITY_COLUMNS " FROM activities WHERE plan_id = ? ORDER BY id");
        rows->bind_all(plan_id);
        while (rows->step()) activities.push_back(read_activity(*rows));
        return activities;
    });
}

Result<Activity> SqlitePlanRepository::activity(std::int64_t id) {
    return guarded("activity", [&]() -> Result<Activity> {
        auto row = db_.prepare("SELECT " ACTIVITY_COLUMNS " FROM activities WHERE id = ?");
        row->bind_all(id);
        if (!row->step()) return not_found("activity", id);
        return read_activity(*row);
    });
}

Result<Activity> SqlitePlanRepository::update_activity(const Activity& activity) {
    return guarded("activity", [&] {
        return db_.write<Activity>([&]() -> Result<Activity> {
            auto update = db_.prepare(
                "UPDATE activities SET assignment_id = ?, title = ?, owner_institution_id = ?, deadline = ?, "
                "budget = ?, currency = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(activity.assignment_id, activity.title, activity.owner_institution_id, activity.deadline,
                             activity.budget, activity.currency, to_string(activity.status), activity.id,
                             activity.version);
            update->run();
            if (db_.changes() == 0) {
                return failed_version_check(db_, "activities", "activity", activity.id, activity.version);
            }
            Activity saved = activity;
            saved.version = activity.version + 1;
            return saved;
        });
    });
}

Result<Indicator> SqlitePlanRepository::add_indicator(const Indicator& indicator) {
    return guarded("indicator", [&] {
        return db_.write<Indicator>([&]() -> Result<Indicator> {
            auto insert = db_.prepare(
                "INSERT INTO indicators (plan_id, assignment_id, definition, unit, baseline, target) "
                "VALUES (?, ?, ?, ?, ?, ?)");
            insert->bind_all(indicator.plan_id, indicator.assignment_id, indicator.definition, indicator.unit,
                             indicator.baseline, indicator.target);
            insert->run();
            Indicator created = indicator;
            created.id = db_.last_insert_id();
            created.version = 1;
            write_values(created.id, created.values);
            return created;
        });
    });
}

Result<std::vector<Indicator>> SqlitePlanRepository::indicators(std::int64_t plan_id) {
    return guarded("indicator", [&]() -> Result<std::vector<Indicator>> {
        std::vector<Indicator> indicators;
        {
            auto rows = db_.prepare("SELECT " INDICATOR_COLUMNS " FROM indicators WHERE plan_id = ? ORDER BY id");
            rows->bind_all(plan_id);
            while (rows->step()) indicators.push_back(read_indicator(*rows));
        }
        for (auto& indicator : indicators) load_values(indicator);
        return indicators;
    });
}

Result<Indicator> SqlitePlanRepository::indicator(std::int64_t id) {
    return guarded("indicator", [&]() -> Result<Indicator> {
        std::optional<Indicator> found;
        {
            auto row = db_.prepare("SELECT " INDICATOR_COLUMNS " FROM indicators WHERE id = ?");
            row->bind_all(id);
            if (!row->step()) return not_found("indicator", id);
            found = read_indicator(*row);
        }
        load_values(*found);
        return std::move(*found);
    });
}

Result<Indicator> SqlitePlanRepository::update_indicator(const Indicator& indicator) {
    return guarded("indicator", [&] {
        return db_.write<Indicator>([&]() -> Result<Indicator> {
            auto update = db_.prepare(
                "UPDATE indicators SET definition = ?, unit = ?, baseline = ?, target = ?, version = version + 1 "
                "WHERE id = ? AND version = ?");
            update->bind_all(indicator.definition, indicator.unit, indicator.baseline, indicator.target, indicator.id,
                             indicator.version);
            update->run();
            if (db_.changes() == 0) {
                return failed_version_check(db_, "indicators", "indicator", indicator.id, indicator.version);
            }
            write_values(indicator.id, indicator.values);
            Indicator saved = indicator;
            saved.version = indicator.version + 1;
            return saved;
        });
    });
}

}  // namespace rectrack

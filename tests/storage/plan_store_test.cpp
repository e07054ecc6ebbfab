#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

class PlanStore : public StoreTest {
 protected:
    void SetUp() override {
        StoreTest::SetUp();
        review = add_review("VNM", 32);
        lead = ok(store().institutions().create(Institution{0, "MOJ", {}, {}, {}, 0})).id;
        support = ok(store().institutions().create(Institution{0, "MPS", {}, {}, {}, 0})).id;
        recommendation = add_recommendation(sample_recommendation(review, "38.1", "Ratify", {"FRA"}));
        Plan p;
        p.name = "Master plan for UPR cycle III";
        p.decision_number = "1252/QD-TTg";
        p.decision_date = "2019-09-25";
        p.period_start = "2019-01-01";
        p.period_end = "2024-12-31";
        p.review_ids = {review};
        plan = ok(store().plans().create(p));
    }

    std::int64_t review = 0;
    std::int64_t lead = 0;
    std::int64_t support = 0;
    std::int64_t recommendation = 0;
    Plan plan;
};

TEST_P(PlanStore, PlansRoundTripAndCheckTheVersion) {
    EXPECT_EQ(plan.version, 1);
    const Plan stored = ok(store().plans().get(plan.id));
    EXPECT_EQ(stored.name, "Master plan for UPR cycle III");
    EXPECT_EQ(stored.decision_number, "1252/QD-TTg");
    EXPECT_EQ(stored.decision_date, "2019-09-25");
    EXPECT_EQ(stored.period_end, "2024-12-31");
    EXPECT_EQ(stored.review_ids, std::vector<std::int64_t>{review});
    EXPECT_EQ(ok(store().plans().list()).size(), 1u);

    const auto second_review = add_review("VNM", 46);
    Plan edit = stored;
    edit.review_ids = {second_review, review};
    edit.period_end = "2025-06-30";
    EXPECT_EQ(ok(store().plans().update(edit)).version, 2);
    const Plan updated = ok(store().plans().get(plan.id));
    EXPECT_EQ(updated.review_ids, (std::vector<std::int64_t>{second_review, review}));
    EXPECT_EQ(updated.period_end, "2025-06-30");

    const auto stale = store().plans().update(stored);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message_id, "store.conflict");
    EXPECT_EQ(stale.error().arg("entity"), "plan");
    EXPECT_EQ(store().plans().get(plan.id + 1).error().message_id, "store.not_found");
}

TEST_P(PlanStore, AssignmentsNameOneTargetAndTheirInstitutions) {
    Assignment a;
    a.plan_id = plan.id;
    a.recommendation_id = recommendation;
    a.lead_institution_id = lead;
    a.supporting_institution_ids = {support};
    const Assignment created = ok(store().plans().add_assignment(a));
    EXPECT_EQ(created.version, 1);

    const auto cluster = ok(store().clusters().create(Cluster{0, review, "Ratification", 0})).id;
    Assignment b;
    b.plan_id = plan.id;
    b.cluster_id = cluster;
    b.lead_institution_id = support;
    ok(store().plans().add_assignment(b));

    auto stored = ok(store().plans().assignments(plan.id));
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].recommendation_id, recommendation);
    EXPECT_FALSE(stored[0].cluster_id.has_value());
    EXPECT_EQ(stored[0].lead_institution_id, lead);
    EXPECT_EQ(stored[0].supporting_institution_ids, std::vector<std::int64_t>{support});
    EXPECT_EQ(stored[1].cluster_id, cluster);

    Assignment swap = stored[0];
    swap.lead_institution_id = support;
    swap.supporting_institution_ids = {lead};
    EXPECT_EQ(ok(store().plans().update_assignment(swap)).version, 2);
    stored = ok(store().plans().assignments(plan.id));
    EXPECT_EQ(stored[0].lead_institution_id, support);
    EXPECT_EQ(stored[0].supporting_institution_ids, std::vector<std::int64_t>{lead});
    EXPECT_EQ(store().plans().update_assignment(created).error().message_id, "store.conflict");

    Assignment both = a;
    both.cluster_id = cluster;
    const auto refused = store().plans().add_assignment(both);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
    Assignment neither = a;
    neither.recommendation_id.reset();
    EXPECT_FALSE(store().plans().add_assignment(neither).ok());
    EXPECT_EQ(ok(store().plans().assignments(plan.id)).size(), 2u);
}

TEST_P(PlanStore, ActivitiesRoundTripAndCheckTheVersion) {
    Activity activity;
    activity.plan_id = plan.id;
    activity.title = "Draft the ratification dossier";
    activity.owner_institution_id = lead;
    activity.deadline = "2020-06-30";
    activity.budget = 125000.5;
    activity.currency = "VND";
    const Activity created = ok(store().plans().add_activity(activity));
    const auto stored = ok(store().plans().activities(plan.id));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].title, activity.title);
    EXPECT_EQ(stored[0].owner_institution_id, lead);
    EXPECT_DOUBLE_EQ(stored[0].budget, 125000.5);
    EXPECT_EQ(stored[0].currency, "VND");
    EXPECT_EQ(stored[0].status, ActivityStatus::planned);

    Activity done = stored[0];
    done.status = ActivityStatus::done;
    EXPECT_EQ(ok(store().plans().update_activity(done)).version, 2);
    EXPECT_EQ(ok(store().plans().activities(plan.id)).at(0).status, ActivityStatus::done);
    EXPECT_EQ(store().plans().update_activity(created).error().message_id, "store.conflict");
}

TEST_P(PlanStore, IndicatorsKeepTheirMeasuredValues) {
    Indicator indicator;
    indicator.plan_id = plan.id;
    indicator.definition = "Share of detainees with access to a lawyer";
    indicator.unit = "%";
    indicator.baseline = 40;
    indicator.target = 90;
    indicator.values = {IndicatorValue{"2020-12-31", 45}, IndicatorValue{"2021-12-31", 52.5}};
    const Indicator created = ok(store().plans().add_indicator(indicator));
    auto stored = ok(store().plans().indicators(plan.id));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].values, indicator.values);
    EXPECT_DOUBLE_EQ(stored[0].target, 90);

    Indicator measured = stored[0];
    measured.values.push_back(IndicatorValue{"2022-12-31", 61});
    measured.target = 95;
    EXPECT_EQ(ok(store().plans().update_indicator(measured)).version, 2);
    stored = ok(store().plans().indicators(plan.id));
    EXPECT_EQ(stored[0].values.size(), 3u);
    EXPECT_DOUBLE_EQ(stored[0].target, 95);
    EXPECT_EQ(store().plans().update_indicator(created).error().message_id, "store.conflict");
}

RECTRACK_STORE_SUITE(PlanStore);

}  // namespace
}  // namespace rectrack::test

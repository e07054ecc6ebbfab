#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

// The queries the follow-up services read: one record by id, a recommendation's assignments, a review's
// progress, and an institution's references moving on a merge.
class PlanFollowUpStore : public StoreTest {
 protected:
    void SetUp() override {
        StoreTest::SetUp();
        review = add_review("VNM", 18);
        other_review = add_review("SVN", 34);
        moj = ok(store().institutions().create(Institution{0, "MOJ", {}, {}, {}, 0})).id;
        mps = ok(store().institutions().create(Institution{0, "MPS", {}, {}, {}, 0})).id;
        rec = add_recommendation(sample_recommendation(review, "143.1", "Ratify", {"FRA"}));
        other_rec = add_recommendation(sample_recommendation(other_review, "1", "Abolish", {"DEU"}));
        Plan p;
        p.name = "Master plan";
        p.review_ids = {review};
        plan = ok(store().plans().create(p)).id;
        Assignment a;
        a.plan_id = plan;
        a.recommendation_id = rec;
        a.lead_institution_id = mps;
        a.supporting_institution_ids = {moj};
        assignment = ok(store().plans().add_assignment(a));
    }

    ProgressUpdate update_on(std::int64_t recommendation, std::int64_t institution) {
        ProgressUpdate u;
        u.recommendation_id = recommendation;
        u.institution_id = institution;
        u.status = ImplementationStatus::in_progress;
        u.date = "2016-03-01";
        return ok(store().progress().add(u));
    }

    std::int64_t review = 0, other_review = 0, moj = 0, mps = 0, rec = 0, other_rec = 0, plan = 0;
    Assignment assignment;
};

TEST_P(PlanFollowUpStore, AssignmentsAreFoundByIdAndByRecommendationWithTheirDate) {
    EXPECT_FALSE(assignment.assigned_at.empty());
    const auto found = ok(store().plans().assignment(assignment.id));
    EXPECT_EQ(found.supporting_institution_ids, std::vector<std::int64_t>{moj});
    EXPECT_EQ(found.assigned_at, assignment.assigned_at);
    EXPECT_EQ(ok(store().plans().assignments_of_recommendation(rec)).size(), 1U);
    EXPECT_TRUE(ok(store().plans().assignments_of_recommendation(other_rec)).empty());
    EXPECT_EQ(store().plans().assignment(assignment.id + 1).error().message_id, "store.not_found");
    // A second assignment of one recommendation under one plan is refused by the schema.
    Assignment again = assignment;
    EXPECT_EQ(store().plans().add_assignment(again).error().code, ErrorCode::conflict);
}

TEST_P(PlanFollowUpStore, ProgressOfAReviewLeavesOtherReviewsOut) {
    const auto mine = update_on(rec, mps);
    update_on(other_rec, mps);
    const auto updates = ok(store().progress().for_review(review));
    ASSERT_EQ(updates.size(), 1U);
    EXPECT_EQ(updates.at(0).id, mine.id);
    EXPECT_FALSE(updates.at(0).submitted_at.empty());
}

TEST_P(PlanFollowUpStore, MovingReferencesHandsEveryAssignmentAndUpdateToTheSurvivor) {
    update_on(rec, mps);
    ok(store().institutions().move_references(mps, moj));
    const auto moved = ok(store().plans().assignment(assignment.id));
    EXPECT_EQ(moved.lead_institution_id, moj);
    EXPECT_EQ(moved.version, assignment.version + 1);
    // MOJ supported the assignment it now leads: it is no longer listed as its supporter.
    EXPECT_TRUE(moved.supporting_institution_ids.empty());
    EXPECT_EQ(ok(store().progress().for_recommendation(rec)).at(0).institution_id, moj);
}

TEST_P(PlanFollowUpStore, AuditEventsKeepTheActorsName) {
    AuditEvent event;
    event.actor = "nguyen.van.a";
    event.action = "create";
    event.entity = "plan";
    event.entity_id = plan;
    ok(store().audit().append(event));
    EXPECT_EQ(ok(store().audit().for_entity("plan", plan)).at(0).actor, "nguyen.van.a");
}

RECTRACK_STORE_SUITE(PlanFollowUpStore);

}  // namespace
}  // namespace rectrack::test

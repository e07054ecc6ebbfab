#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

class RecommendationRemoval : public StoreTest {
 protected:
    Recommendation labelled(std::int64_t review, const std::string& key, const std::string& state) {
        Recommendation r = sample_recommendation(review, "", "Abolish the death penalty", {state}, Position::noted);
        r.source_key = key;
        r.labels = {label(LabelKind::issue, "Death penalty"), label(LabelKind::action_category, "5")};
        return r;
    }
    std::int64_t count_where(const std::function<void(RecommendationFilter&)>& condition) {
        RecommendationFilter filter;
        condition(filter);
        return ok(store().recommendations().count(filter));
    }
};

TEST_P(RecommendationRemoval, RemovesTheRecommendationWithItsTextsStatesAndLabels) {
    const auto review = add_review();
    const auto removed = add_recommendation(labelled(review, "upr-info:a", "FRA"));
    const auto kept = add_recommendation(labelled(review, "upr-info:b", "DEU"));

    ok(store().recommendations().remove(removed));

    EXPECT_FALSE(store().recommendations().get(removed).ok());
    EXPECT_FALSE(ok(store().recommendations().find_by_key(review, "upr-info:a")).has_value());
    EXPECT_EQ(count_where([](auto& f) { f.recommending_state = "FRA"; }), 0);
    EXPECT_EQ(count_where([](auto& f) { f.recommending_state = "DEU"; }), 1);
    EXPECT_EQ(count_where([](auto& f) { f.issue = "Death penalty"; }), 1);
    EXPECT_EQ(ok(store().recommendations().get(kept)).labels.size(), 2U);
    const auto statistics = ok(store().recommendations().statistics());
    ASSERT_EQ(statistics.size(), 1U);
    EXPECT_EQ(statistics[0].recommendations, 1);
    EXPECT_EQ(statistics[0].recommending_states, 1);
}

TEST_P(RecommendationRemoval, RemovingAnAbsentRecommendationIsNotFound) {
    const auto review = add_review();
    const auto id = add_recommendation(labelled(review, "upr-info:a", "FRA"));
    ok(store().recommendations().remove(id));
    const auto again = store().recommendations().remove(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::not_found);
}

TEST_P(RecommendationRemoval, RemovalInsideARolledBackTransactionLeavesTheRecommendation) {
    const auto review = add_review();
    const auto id = add_recommendation(labelled(review, "upr-info:a", "FRA"));
    const std::string before = snapshot(store());
    const auto rolled_back = store().transaction([&]() -> Status {
        RECTRACK_TRY(store().recommendations().remove(id));
        return make_error(ErrorCode::conflict, "test.rollback");
    });
    EXPECT_FALSE(rolled_back.ok());
    EXPECT_EQ(snapshot(store()), before);
}

RECTRACK_STORE_SUITE(RecommendationRemoval);

}  // namespace
}  // namespace rectrack::test

#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using ProgressStore = StoreTest;

TEST_P(ProgressStore, AddListAndReview) {
    const auto review = add_review();
    const auto recommendation = add_recommendation(sample_recommendation(review, "1", "Ratify", {"FRA"}));
    const auto institution = ok(store().institutions().create(Institution{0, "MOJ", {}, {}, {}, 0})).id;
    User focal;
    focal.username = "lan";
    focal.role = Role::focal_point;
    const auto author = ok(store().users().create(focal)).id;

    ProgressUpdate first;
    first.recommendation_id = recommendation;
    first.institution_id = institution;
    first.status = ImplementationStatus::in_progress;
    first.narratives = {LocalizedText{"vi", "Đang soạn thảo"}, LocalizedText{"en", "Drafting"}};
    first.evidence = {EvidenceFile{"decree.pdf", "ab12", 2048, "application/pdf"}};
    first.date = "2021-06-30";
    first.author_user_id = author;
    const ProgressUpdate created = ok(store().progress().add(first));
    EXPECT_EQ(created.version, 1);
    ProgressUpdate second = first;
    second.status = ImplementationStatus::implemented;
    second.date = "2022-06-30";
    second.evidence.clear();
    ok(store().progress().add(second));

    const ProgressUpdate stored = ok(store().progress().get(created.id));
    EXPECT_EQ(stored.status, ImplementationStatus::in_progress);
    EXPECT_EQ(stored.narratives, first.narratives);
    EXPECT_EQ(stored.evidence, first.evidence);
    EXPECT_EQ(stored.author_user_id, author);
    EXPECT_EQ(stored.review, UpdateReview::submitted);

    const auto history = ok(store().progress().for_recommendation(recommendation));
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].date, "2021-06-30");
    EXPECT_EQ(history[1].status, ImplementationStatus::implemented);

    ProgressUpdate reviewed = stored;
    reviewed.review = UpdateReview::returned;
    reviewed.review_comment = "Attach the decree's final text";
    const ProgressUpdate saved = ok(store().progress().update(reviewed));
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.review, UpdateReview::returned);
    EXPECT_EQ(saved.review_comment, "Attach the decree's final text");
    EXPECT_EQ(saved.narratives, first.narratives);

    const auto stale = store().progress().update(stored);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message_id, "store.conflict");
    EXPECT_EQ(stale.error().arg("entity"), "progress_update");
    EXPECT_EQ(ok(store().progress().get(created.id)).review, UpdateReview::returned);
}

RECTRACK_STORE_SUITE(ProgressStore);

}  // namespace
}  // namespace rectrack::test

#include <set>

#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using ReviewStore = StoreTest;

TEST_P(ReviewStore, UpsertCreatesThenReportsUnchanged) {
    Review review = sample_review("VNM", 18);
    review.dialogue_date = "2014-02-05";
    const Upserted first = ok(store().reviews().upsert(review));
    EXPECT_EQ(first.outcome, UpsertOutcome::created);
    EXPECT_GT(first.id, 0);

    const Upserted again = ok(store().reviews().upsert(review));
    EXPECT_EQ(again.outcome, UpsertOutcome::unchanged);
    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(ok(store().reviews().list()).size(), 1u);
}

TEST_P(ReviewStore, UpsertFillsEmptyFieldsButNeverOverwrites) {
    Review review = sample_review("VNM", 18);
    review.dialogue_date = "2014-02-05";
    const auto id = ok(store().reviews().upsert(review)).id;

    Review more = sample_review("VNM", 18);
    more.dialogue_date = "1999-01-01";  // already set: must not replace
    more.adoption_date = "2014-06-20";
    more.document_symbol = "A/HRC/26/6";
    const Upserted filled = ok(store().reviews().upsert(more));
    EXPECT_EQ(filled.outcome, UpsertOutcome::updated);
    EXPECT_EQ(filled.id, id);

    const Review stored = ok(store().reviews().get(id));
    EXPECT_EQ(stored.dialogue_date, "2014-02-05");
    EXPECT_EQ(stored.adoption_date, "2014-06-20");
    EXPECT_EQ(stored.document_symbol, "A/HRC/26/6");
    EXPECT_EQ(ok(store().reviews().upsert(sample_review("VNM", 18))).outcome, UpsertOutcome::unchanged);
}

TEST_P(ReviewStore, IdentityIsStateMechanismCycleSession) {
    const auto vnm18 = add_review("VNM", 18);
    const auto vnm32 = add_review("VNM", 32);
    const auto svn34 = add_review("SVN", 34);
    Review treaty = sample_review("VNM", 0);
    treaty.mechanism = "CCPR";
    treaty.cycle = 3;
    const auto ccpr = ok(store().reviews().upsert(treaty)).id;
    EXPECT_EQ(std::set<std::int64_t>({vnm18, vnm32, svn34, ccpr}).size(), 4u);

    const auto found = ok(store().reviews().find("VNM", "UPR", 3, 32));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, vnm32);
    EXPECT_FALSE(ok(store().reviews().find("VNM", "UPR", 3, 18)).has_value());
    EXPECT_FALSE(ok(store().reviews().find("VNM", "CEDAW", 3, 0)).has_value());
}

TEST_P(ReviewStore, ListIsOrderedByStateMechanismCycleSession) {
    add_review("VNM", 32);
    add_review("SVN", 34);
    add_review("VNM", 5);
    Review treaty = sample_review("VNM", 0);
    treaty.mechanism = "CCPR";
    treaty.cycle = 4;
    ok(store().reviews().upsert(treaty));

    std::vector<std::string> order;
    for (const auto& r : ok(store().reviews().list()))
        order.push_back(r.state_code + r.mechanism + std::to_string(r.session));
    EXPECT_EQ(order, (std::vector<std::string>{"SVNUPR34", "VNMCCPR0", "VNMUPR5", "VNMUPR32"}));
}

TEST_P(ReviewStore, GetOfAMissingReviewIsNotFound) {
    const auto missing = store().reviews().get(4242);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    EXPECT_EQ(missing.error().message_id, "store.not_found");
    EXPECT_EQ(missing.error().arg("entity"), "review");
    EXPECT_EQ(missing.error().arg("id"), "4242");
}

RECTRACK_STORE_SUITE(ReviewStore);

}  // namespace
}  // namespace rectrack::test

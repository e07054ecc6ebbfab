#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

class TransactionStore : public StoreTest {
 protected:
    void SetUp() override {
        StoreTest::SetUp();
        review = add_review();
        add_recommendation(sample_recommendation(review, "1", "Before", {"FRA"}, Position::noted));
        ok(store().institutions().create(Institution{0, "MOJ", {}, {}, {}, 0}));
        ok(store().audit().append(AuditEvent{0, "", std::nullopt, "import", "review", review, "", "", "", "h0"}));
        before = snapshot(store());
    }
    // Writes through several repositories, as an import or a service would.
    void write_a_lot() {
        add_review("SVN", 34);
        add_recommendation(sample_recommendation(review, "2", "During", {"DEU"}));
        Recommendation changed = sample_recommendation(review, "1", "Changed", {"FRA"}, Position::supported);
        EXPECT_EQ(ok(store().recommendations().upsert(changed)).outcome, UpsertOutcome::updated);
        ok(store().institutions().create(Institution{0, "MPS", {}, {}, {}, 0}));
        ok(store().audit().append(AuditEvent{0, "", std::nullopt, "import", "review", review, "", "", "h0", "h1"}));
    }

    std::int64_t review = 0;
    std::string before;
};

TEST_P(TransactionStore, CommitsWhenWorkSucceeds) {
    ok(store().transaction([&]() -> Status {
        write_a_lot();
        return {};
    }));
    EXPECT_NE(snapshot(store()), before);
    reopen();
    EXPECT_EQ(ok(store().recommendations().count(RecommendationFilter{})), 2);
}

TEST_P(TransactionStore, RollsBackWhenWorkReturnsAnError) {
    const Status status = store().transaction([&]() -> Status {
        write_a_lot();
        return Error{ErrorCode::invalid_input, "import.bad_row", {{"line", "12"}}};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message_id, "import.bad_row");
    EXPECT_EQ(status.error().arg("line"), "12");
    EXPECT_EQ(snapshot(store()), before);
}

TEST_P(TransactionStore, RollsBackAndRethrowsWhenWorkThrows) {
    EXPECT_THROW(store().transaction([&]() -> Status {
        write_a_lot();
        throw std::logic_error("bug");
    }),
                 std::logic_error);
    EXPECT_EQ(snapshot(store()), before);
    // The store is still usable afterwards.
    ok(store().transaction([&]() -> Status {
        add_review("FRA", 29);
        return {};
    }));
    EXPECT_EQ(ok(store().reviews().list()).size(), 2u);
}

TEST_P(TransactionStore, AFailedInnerTransactionUndoesOnlyItself) {
    ok(store().transaction([&]() -> Status {
        add_review("SVN", 34);
        const Status inner = store().transaction([&]() -> Status {
            add_review("FRA", 29);
            return Error{ErrorCode::conflict, "test.inner", {}};
        });
        EXPECT_FALSE(inner.ok());
        EXPECT_THROW(store().transaction([&]() -> Status {
            add_review("DEU", 30);
            throw std::runtime_error("inner bug");
        }),
                     std::runtime_error);
        return store().transaction([&]() -> Status {
            add_review("NOR", 33);
            return {};
        });
    }));
    std::vector<std::string> states;
    for (const auto& r : ok(store().reviews().list())) states.push_back(r.state_code);
    EXPECT_EQ(states, (std::vector<std::string>{"NOR", "SVN", "VNM"}));
}

TEST_P(TransactionStore, AFailedOuterTransactionUndoesCommittedInnerOnes) {
    const Status status = store().transaction([&]() -> Status {
        RECTRACK_TRY(store().transaction([&]() -> Status {
            write_a_lot();
            return {};
        }));
        return Error{ErrorCode::internal, "test.outer", {}};
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(snapshot(store()), before);
}

TEST_P(TransactionStore, AFailedWriteOutsideATransactionLeavesNoTrace) {
    // The label is written after the recommendation's row and texts; its missing document must undo them all.
    Recommendation r = sample_recommendation(review, "9", "Half written", {"FRA"});
    Label broken = label(LabelKind::issue, "Torture");
    broken.source_document_id = 4242;
    r.labels = {broken};
    const auto refused = store().recommendations().upsert(r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message_id, "store.reference_missing");
    EXPECT_EQ(snapshot(store()), before);
}

TEST_P(TransactionStore, DataAndSchemaSurviveReopening) {
    reopen();
    EXPECT_EQ(snapshot(store()), before);
    reopen();
    EXPECT_EQ(snapshot(store()), before);
    add_review("SVN", 34);
    EXPECT_EQ(ok(store().reviews().list()).size(), 2u);
}

RECTRACK_STORE_SUITE(TransactionStore);

}  // namespace
}  // namespace rectrack::test

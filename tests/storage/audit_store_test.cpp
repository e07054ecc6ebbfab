#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using AuditStore = StoreTest;

AuditEvent event(const std::string& action, std::int64_t entity_id, const std::string& hash) {
    AuditEvent e;
    e.action = action;
    e.entity = "recommendation";
    e.entity_id = entity_id;
    e.after_json = R"({"position":"supported"})";
    e.hash = hash;
    return e;
}

TEST_P(AuditStore, AppendsAndReadsBackInOrder) {
    EXPECT_FALSE(ok(store().audit().last()).has_value());
    const AuditEvent first = ok(store().audit().append(event("position.set", 7, "h1")));
    EXPECT_GT(first.id, 0);
    EXPECT_FALSE(first.at.empty());
    AuditEvent linked = event("position.set", 8, "h2");
    linked.previous_hash = "h1";
    linked.at = "2024-05-07T09:30:00Z";
    const AuditEvent second = ok(store().audit().append(linked));
    ok(store().audit().append(event("import", 7, "h3")));

    const auto last = ok(store().audit().last());
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->hash, "h3");

    const auto after_first = ok(store().audit().list(first.id, 0));
    ASSERT_EQ(after_first.size(), 2u);
    EXPECT_EQ(after_first[0].id, second.id);
    EXPECT_EQ(after_first[0].previous_hash, "h1");
    EXPECT_EQ(after_first[0].at, "2024-05-07T09:30:00Z");
    EXPECT_EQ(after_first[0].after_json, R"({"position":"supported"})");
    EXPECT_EQ(ok(store().audit().list(0, 2)).size(), 2u);

    std::vector<std::string> actions;
    for (const auto& e : ok(store().audit().for_entity("recommendation", 7))) actions.push_back(e.hash);
    EXPECT_EQ(actions, (std::vector<std::string>{"h1", "h3"}));
}

TEST_P(AuditStore, TheSchemaRefusesUpdateAndDelete) {
    ok(store().audit().append(event("position.set", 7, "h1")));
    const Status update = scratch().execute(store(), "UPDATE audit_events SET hash = 'forged'");
    ASSERT_FALSE(update.ok());
    const Status erase = scratch().execute(store(), "DELETE FROM audit_events");
    ASSERT_FALSE(erase.ok());
    const auto events = ok(store().audit().list(0, 0));
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].hash, "h1");
}

RECTRACK_STORE_SUITE(AuditStore);

}  // namespace
}  // namespace rectrack::test

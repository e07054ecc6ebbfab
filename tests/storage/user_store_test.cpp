#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using UserStore = StoreTest;

User user(const std::string& username, Role role) {
    User u;
    u.username = username;
    u.display_name = "Display " + username;
    u.role = role;
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    return u;
}

TEST_P(UserStore, CreateGetFindList) {
    const auto moj = ok(store().institutions().create(Institution{0, "MOJ", {}, {}, {}, 0})).id;
    const auto mps = ok(store().institutions().create(Institution{0, "MPS", {}, {}, {}, 0})).id;
    User focal = user("lan", Role::focal_point);
    focal.institution_ids = {mps, moj};
    focal.language = "vi";
    const User created = ok(store().users().create(focal));
    EXPECT_EQ(created.version, 1);
    ok(store().users().create(user("admin", Role::admin)));
    ok(store().users().create(user("guest", Role::public_reader)));

    const User stored = ok(store().users().get(created.id));
    EXPECT_EQ(stored.username, "lan");
    EXPECT_EQ(stored.display_name, "Display lan");
    EXPECT_EQ(stored.role, Role::focal_point);
    EXPECT_EQ(stored.password_hash, focal.password_hash);
    EXPECT_FALSE(stored.disabled);
    EXPECT_EQ(stored.institution_ids, (std::vector<std::int64_t>{mps, moj}));
    EXPECT_EQ(stored.language, "vi");

    const auto guest = ok(store().users().find_by_username("guest"));
    ASSERT_TRUE(guest.has_value());
    EXPECT_EQ(guest->role, Role::public_reader);
    EXPECT_FALSE(ok(store().users().find_by_username("nobody")).has_value());

    std::vector<std::string> names;
    for (const auto& u : ok(store().users().list())) names.push_back(u.username);
    EXPECT_EQ(names, (std::vector<std::string>{"admin", "guest", "lan"}));
}

TEST_P(UserStore, UsernameIsUnique) {
    ok(store().users().create(user("lan", Role::coordinator)));
    const auto again = store().users().create(user("lan", Role::partner));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message_id, "store.duplicate");
    EXPECT_EQ(again.error().arg("entity"), "user");
    EXPECT_EQ(again.error().arg("key"), "lan");
}

TEST_P(UserStore, UpdateChecksTheVersion) {
    const User created = ok(store().users().create(user("minh", Role::coordinator)));
    User disabled = created;
    disabled.disabled = true;
    disabled.role = Role::partner;
    EXPECT_EQ(ok(store().users().update(disabled)).version, 2);
    const User stored = ok(store().users().get(created.id));
    EXPECT_TRUE(stored.disabled);
    EXPECT_EQ(stored.role, Role::partner);

    const auto stale = store().users().update(created);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
    EXPECT_EQ(stale.error().arg("expected"), "1");
    EXPECT_EQ(stale.error().arg("current"), "2");
    EXPECT_TRUE(ok(store().users().get(created.id)).disabled);
}

RECTRACK_STORE_SUITE(UserStore);

}  // namespace
}  // namespace rectrack::test

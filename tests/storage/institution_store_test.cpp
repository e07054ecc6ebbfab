#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using InstitutionStore = StoreTest;

Institution institution(const std::string& code, const std::string& english) {
    Institution i;
    i.code = code;
    i.names = {LocalizedText{"en", english}};
    return i;
}

TEST_P(InstitutionStore, CreateGetFindAndList) {
    Institution mofa = institution("MOFA", "Ministry of Foreign Affairs");
    mofa.names.push_back(LocalizedText{"vi", "Bộ Ngoại giao"});
    const Institution created = ok(store().institutions().create(mofa));
    EXPECT_GT(created.id, 0);
    EXPECT_EQ(created.version, 1);
    Institution department = institution("MOFA-HR", "Department of International Organisations");
    department.parent_id = created.id;
    const Institution child = ok(store().institutions().create(department));
    ok(store().institutions().create(institution("MOJ", "Ministry of Justice")));

    const Institution stored = ok(store().institutions().get(created.id));
    EXPECT_EQ(stored.code, "MOFA");
    EXPECT_EQ(stored.names, mofa.names);
    EXPECT_EQ(text_in(stored.names, "vi"), "Bộ Ngoại giao");
    EXPECT_FALSE(stored.parent_id.has_value());
    EXPECT_EQ(ok(store().institutions().get(child.id)).parent_id, created.id);

    const auto found = ok(store().institutions().find_by_code("MOJ"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->names.at(0).text, "Ministry of Justice");
    EXPECT_FALSE(ok(store().institutions().find_by_code("MOH")).has_value());

    std::vector<std::string> codes;
    for (const auto& i : ok(store().institutions().list())) {
        codes.push_back(i.code);
        EXPECT_FALSE(i.names.empty());
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"MOFA", "MOFA-HR", "MOJ"}));
}

TEST_P(InstitutionStore, CodeIsUnique) {
    ok(store().institutions().create(institution("MOFA", "One")));
    const auto again = store().institutions().create(institution("MOFA", "Two"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().message_id, "store.duplicate");
    EXPECT_EQ(again.error().arg("key"), "MOFA");
    EXPECT_EQ(ok(store().institutions().list()).size(), 1u);
}

TEST_P(InstitutionStore, UpdateReplacesNamesAndChecksTheVersion) {
    const Institution created = ok(store().institutions().create(institution("MOLISA", "Ministry of Labour")));
    const Institution merged_into = ok(store().institutions().create(institution("MOHA", "Ministry of Home Affairs")));
    Institution edit = created;
    edit.names = {LocalizedText{"en", "Ministry of Labour, Invalids and Social Affairs"}};
    edit.merged_into_id = merged_into.id;
    const Institution saved = ok(store().institutions().update(edit));
    EXPECT_EQ(saved.version, 2);

    const Institution stored = ok(store().institutions().get(created.id));
    EXPECT_EQ(stored.names, edit.names);
    EXPECT_EQ(stored.merged_into_id, merged_into.id);
    EXPECT_EQ(stored.version, 2);

    const auto stale = store().institutions().update(created);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message_id, "store.conflict");
    EXPECT_EQ(stale.error().arg("current"), "2");

    Institution taken = stored;
    taken.code = "MOHA";
    const auto duplicate = store().institutions().update(taken);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().message_id, "store.duplicate");
    EXPECT_EQ(ok(store().institutions().get(created.id)).code, "MOLISA");
}

RECTRACK_STORE_SUITE(InstitutionStore);

}  // namespace
}  // namespace rectrack::test

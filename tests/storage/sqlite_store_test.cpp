#include <fstream>

#include "storage/sqlite/sqlite_migrations.hpp"
#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

TEST(SqliteStore, OpensAPathOrASqliteUrlCreatingDirectories) {
    TempDir dir;
    const auto plain = dir / "a" / "b" / "plain.db";
    ok(open_store(plain.string()));
    EXPECT_TRUE(std::filesystem::exists(plain));
    const auto prefixed = dir / "c" / "prefixed.db";
    ok(open_store("sqlite:" + prefixed.string()));
    EXPECT_TRUE(std::filesystem::exists(prefixed));
}

TEST(SqliteStore, AFileThatIsNotADatabaseFailsToOpen) {
    TempDir dir;
    const auto path = dir / "notes.db";
    std::ofstream(path) << "These are meeting notes, not a database.\n" << std::string(4096, 'x');
    const auto opened = open_store(path.string());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().message_id, "store.open_failed");
    EXPECT_EQ(opened.error().arg("path"), path.string());
    EXPECT_NE(opened.error().arg("message").find("not a database"), std::string::npos) << opened.error().arg("message");
    std::ifstream again(path);
    std::string first_line;
    std::getline(again, first_line);
    EXPECT_EQ(first_line, "These are meeting notes, not a database.");
}

TEST(SqliteStore, PostgresIsNotAvailableYet) {
    const auto opened = open_store("postgres://rectrack@localhost/rectrack");
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::unavailable);
    EXPECT_EQ(opened.error().message_id, "store.backend_unavailable");
    EXPECT_EQ(opened.error().arg("url"), "postgres://rectrack@localhost/rectrack");
}

TEST(SqliteStore, MigrationsAreRecordedAndAppliedOnce) {
    TempDir dir;
    const auto path = (dir / "rectrack.db").string();
    std::vector<int> first;
    {
        auto store = ok(SqliteStore::open(path));
        first = ok(applied_sqlite_migrations(store->database()));
        ASSERT_FALSE(first.empty());
        EXPECT_EQ(first.front(), 1);
    }
    auto store = ok(SqliteStore::open(path));
    EXPECT_EQ(ok(applied_sqlite_migrations(store->database())), first);
    ok(apply_sqlite_migrations(store->database()));
    EXPECT_EQ(ok(applied_sqlite_migrations(store->database())), first);
}

TEST(SqliteStore, ADatabaseFromANewerRectrackIsRefused) {
    TempDir dir;
    const auto path = (dir / "rectrack.db").string();
    {
        auto store = ok(SqliteStore::open(path));
        store->database().execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'x', '')");
    }
    const auto opened = SqliteStore::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().message_id, "store.schema_too_new");
    EXPECT_EQ(opened.error().arg("version"), "9999");
}

TEST(SqliteStore, OpensWithWalAndForeignKeys) {
    TempDir dir;
    auto store = ok(SqliteStore::open((dir / "rectrack.db").string()));
    auto journal = store->database().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(journal->step());
    EXPECT_EQ(journal->text(0), "wal");
    auto keys = store->database().prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(keys->step());
    EXPECT_EQ(keys->int64(0), 1);
}

}  // namespace
}  // namespace rectrack::test

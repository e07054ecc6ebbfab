#include "storage/sqlite/sqlite_user_repository.hpp"

#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_version_check.hpp"
#include "storage/store_errors.hpp"

namespace rectrack {

namespace {

constexpr std::string_view entity = "user";
#define USER_COLUMNS "id, username, display_name, role, password_hash, disabled, language, version"

User read_user(SqliteStatement& row) {
    User user;
    user.id = row.int64(0);
    user.username = row.text(1);
    user.display_name = row.text(2);
    user.role = stored_value(role_from_string(row.text_view(3)), "users.role");
    user.password_hash = row.text(4);
    user.disabled = row.int64(5) != 0;
    user.language = row.text(6);
    user.version = row.int64(7);
    return user;
}

}  // namespace

bool SqliteUserRepository::username_taken(std::string_view username, std::int64_t other_than) {
    auto row = db_.prepare("SELECT 1 FROM users WHERE username = ? AND id <> ?");
    row->bind_all(username, other_than);
    return row->step();
}

void SqliteUserRepository::load_institutions(User& user) {
    auto rows = db_.prepare("SELECT institution_id FROM user_institutions WHERE user_id = ? ORDER BY ordinal");
    rows->bind_all(user.id);
    while (rows->step()) user.institution_ids.push_back(rows->int64(0));
}

void SqliteUserRepository::write_institutions(std::int64_t id, const std::vector<std::int64_t>& institution_ids) {
    auto clear = db_.prepare("DELETE FROM user_institutions WHERE user_id = ?");
    clear->bind_all(id);
    clear->run();
    auto insert = db_.prepare("INSERT INTO user_institutions (user_id, institution_id, ordinal) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < institution_ids.size(); ++i) {
        insert->bind_all(id, institution_ids[i], static_cast<std::int64_t>(i));
        insert->run();
        insert->reset();
    }
}

Result<User> SqliteUserRepository::create(const User& user) {
    return guarded(entity, [&] {
        return db_.write<User>([&]() -> Result<User> {
            if (username_taken(user.username, 0)) return duplicate(entity, user.username);
            auto insert = db_.prepare(
                "INSERT INTO users (username, display_name, role, password_hash, disabled, language) "
                "VALUES (?, ?, ?, ?, ?, ?)");
            insert->bind_all(user.username, user.display_name, to_string(user.role), user.password_hash, user.disabled,
                             user.language);
            insert->run();
            User created = user;
            created.id = db_.last_insert_id();
            created.version = 1;
            write_institutions(created.id, created.institution_ids);
            return created;
        });
    });
}

Result<User> SqliteUserRepository::get(std::int64_t id) {
    return guarded(entity, [&]() -> Result<User> {
        std::optional<User> user;
        {
            auto row = db_.prepare("SELECT " USER_COLUMNS " FROM users WHERE id = ?");
            row->bind_all(id);
            if (!row->step()) return not_found(entity, id);
            user = read_user(*row);
        }
        load_institutions(*user);
        return std::move(*user);
    });
}

Result<std::optional<User>> SqliteUserRepository::find_by_username(std::string_view username) {
    return guarded(entity, [&]() -> Result<std::optional<User>> {
        std::optional<User> user;
        {
            auto row = db_.prepare("SELECT " USER_COLUMNS " FROM users WHERE username = ?");
            row->bind_all(username);
            if (!row->step()) return user;
            user = read_user(*row);
        }
        load_institutions(*user);
        return user;
    });
}

Result<std::vector<User>> SqliteUserRepository::list() {
    return guarded(entity, [&]() -> Result<std::vector<User>> {
        std::vector<User> users;
        {
            auto rows = db_.prepare("SELECT " USER_COLUMNS " FROM users ORDER BY username");
            while (rows->step()) users.push_back(read_user(*rows));
        }
        for (auto& user : users) load_institutions(user);
        return users;
    });
}

Result<User> SqliteUserRepository::update(const User& user) {
    return guarded(entity, [&] {
        return db_.write<User>([&]() -> Result<User> {
            if (username_taken(user.username, user.id)) return duplicate(entity, user.username);
            auto update = db_.prepare(
                "UPDATE users SET username = ?, display_name = ?, role = ?, password_hash = ?, disabled = ?, "
                "language = ?, version = version + 1 WHERE id = ? AND version = ?");
            update->bind_all(user.username, user.display_name, to_string(user.role), user.password_hash, user.disabled,
                             user.language, user.id, user.version);
            update->run();
            if (db_.changes() == 0) return failed_version_check(db_, "users", entity, user.id, user.version);
            write_institutions(user.id, user.institution_ids);
            User saved = user;
            saved.version = user.version + 1;
            return saved;
        });
    });
}

}  // namespace rectrack

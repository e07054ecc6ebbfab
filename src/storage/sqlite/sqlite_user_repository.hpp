#pragma once

#include "domain/user_repository.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// Users with the institutions they speak for; list() is ordered by username.
class SqliteUserRepository final : public UserRepository {
 public:
    explicit SqliteUserRepository(SqliteDatabase& db) : db_(db) {}
    Result<User> create(const User& user) override;
    Result<User> get(std::int64_t id) override;
    Result<std::optional<User>> find_by_username(std::string_view username) override;
    Result<std::vector<User>> list() override;
    Result<User> update(const User& user) override;

 private:
    void load_institutions(User& user);
    void write_institutions(std::int64_t id, const std::vector<std::int64_t>& institution_ids);
    bool username_taken(std::string_view username, std::int64_t other_than);

    SqliteDatabase& db_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/user.hpp"

namespace rectrack {

class UserRepository {
 public:
    virtual ~UserRepository() = default;
    // A conflict error when the username is taken.
    virtual Result<User> create(const User& user) = 0;
    virtual Result<User> get(std::int64_t id) = 0;
    virtual Result<std::optional<User>> find_by_username(std::string_view username) = 0;
    virtual Result<std::vector<User>> list() = 0;
    virtual Result<User> update(const User& user) = 0;
};

}  // namespace rectrack

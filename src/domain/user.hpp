#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

enum class Role { admin, coordinator, focal_point, partner, public_reader };

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

struct User {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::public_reader;
    std::string password_hash;  // argon2id encoded string
    bool disabled = false;
    std::vector<std::int64_t> institution_ids;  // for focal points
    std::string language = "en";
    std::int64_t version = 0;
};

}  // namespace rectrack

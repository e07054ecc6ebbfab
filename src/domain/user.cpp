#include "domain/user.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names = enum_names(std::pair{Role::admin, "admin"}, std::pair{Role::coordinator, "coordinator"},
                                  std::pair{Role::focal_point, "focal_point"}, std::pair{Role::partner, "partner"},
                                  std::pair{Role::public_reader, "public"});
}

std::string_view to_string(Role role) { return names.name(role); }
std::optional<Role> role_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack

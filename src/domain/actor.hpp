#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rectrack {

// Who makes a change: a known user, or a name only (an OS login, the API) until users sign in.
struct Actor {
    std::optional<std::int64_t> user_id;
    std::string name;
};

}  // namespace rectrack

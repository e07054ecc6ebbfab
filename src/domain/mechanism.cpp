#include "domain/mechanism.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto kind_names =
    enum_names(std::pair{MechanismKind::upr, "upr"}, std::pair{MechanismKind::treaty_body, "treaty_body"},
               std::pair{MechanismKind::special_procedure, "special_procedure"});
}

std::string_view to_string(MechanismKind kind) { return kind_names.name(kind); }
std::optional<MechanismKind> mechanism_kind_from_string(std::string_view text) { return kind_names.parse(text); }

int upr_cycle_of_session(int session) {
    constexpr int sessions_per_cycle = 14;  // cycle I ran 12 sessions, later cycles 14 each
    if (session <= 0) return 0;
    if (session <= 12) return 1;
    return 2 + (session - 13) / sessions_per_cycle;
}

}  // namespace rectrack

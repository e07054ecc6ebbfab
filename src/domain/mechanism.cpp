#include "domain/mechanism.hpp"

namespace rectrack {

int upr_cycle_of_session(int session) {
    constexpr int sessions_per_cycle = 14;  // cycle I ran 12 sessions, later cycles 14 each
    if (session <= 0) return 0;
    if (session <= 12) return 1;
    return 2 + (session - 13) / sessions_per_cycle;
}

}  // namespace rectrack

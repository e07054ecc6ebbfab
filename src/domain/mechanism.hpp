#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

enum class MechanismKind { upr, treaty_body, special_procedure };

std::string_view to_string(MechanismKind kind);
std::optional<MechanismKind> mechanism_kind_from_string(std::string_view text);

// A UN human rights mechanism that reviews states: the UPR or a treaty body.
struct Mechanism {
    std::string code;  // UPR, CCPR, CESCR, CEDAW, CRC, CAT, CERD, CRPD, CMW, CED, SPT
    std::string name;
    std::string treaty;  // empty for the UPR
    MechanismKind kind = MechanismKind::treaty_body;
};

// The UPR cycle a Human Rights Council working-group session belongs to (sessions 1-12 are cycle I).
int upr_cycle_of_session(int session);

}  // namespace rectrack

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// The SDG goals and targets a line of an OHCHR list names, normalised to "5" for a goal and "5.2" or
// "16.a" for a target: "SDG 5", "Goal 5", "5.2", "Target 16.a", "16 - PEACE, JUSTICE AND STRONG
// INSTITUTIONS" (only the leading number), "5.1, 5.2". Goals outside 1-17 are not SDGs and are skipped.
std::vector<std::string> sdg_references(std::string_view line);

}  // namespace rectrack

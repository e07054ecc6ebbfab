#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/state.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// What the heading of an OHCHR list says of its review, e.g. "UPR of Slovenia (2nd Cycle – 20th session)
// Thematic list of recommendations", with the file name ("UPR20_thematic_list...") as a fallback.
struct ListHeading {
    const State* state = nullptr;  // nullptr when no heading line names a state
    int session = 0;               // 0 when neither the heading nor the file name gives one

    // `lines` in order of trust: page headers and title paragraphs first.
    static ListHeading read(const std::vector<std::string>& lines, std::string_view file_name,
                            const StateDirectory& states);
};

// The UPR session a line names: "UPR20", "UPR 20", "Session 20", "20th session"; 0 when none.
int session_named_in(std::string_view line);

}  // namespace rectrack

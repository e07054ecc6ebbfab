#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "domain/position.hpp"

namespace rectrack {

// A place where the State takes a position on recommendations: "accepts the following recommendations",
// "notes recommendations", "cannot accept the recommendation", "partially supports".
struct PositionPhrase {
    Position position = Position::supported;
    std::size_t end = 0;  // offset of the numbers the phrase names, if any: just after it, or before a passive
};

// The position phrases of a response text, in order. "accepts"/"supports" are supported, "notes"/"takes
// note of"/"rejects" and any negated verb ("cannot accept", "does not support") noted, "partially supports"
// or "supports ... in part" partially supported. A verb counts only when "recommendation(s)" or a number
// follows it, so "notes that ..." or "supports new developments" take no position; a number followed by
// "recommendations" is a count ("accepts 142 recommendations"), not a list. In the passive ("Recommendations
// 122.1 and 122.2 are supported") the phrase's numbers are those the sentence names before it.
std::vector<PositionPhrase> position_phrases(std::string_view text);

}  // namespace rectrack

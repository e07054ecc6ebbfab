#pragma once

#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Splits the text of a list entry into its texts and recommending states with StateListParser, mending
// state names a stray space broke apart in the document ("(Sierra Le one)" in the China UPR17 matrix).
// `states_column` is the matrix column naming the recommending states, empty for lists that print them
// in the text. Error report.unknown_state, argument "name", for a name that is no state even mended.
Result<std::vector<RecommendationText>> recommendation_texts(std::string_view text, std::string_view states_column,
                                                             const StateDirectory& states);

}  // namespace rectrack

#pragma once

#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Splits a recommendation as a UN report prints it into its texts and their recommending states:
// "Ratify CAT (Gabon, Mali, Slovakia)/Accede to CAT (Togo);" is two texts. A parenthesised list is a
// state list when every name in it resolves: "(France)", "(A and B)", "(A) (B)", "(Iran (Islamic
// Republic of))". A list followed by ";", by "/" and a capital, or by the end closes its text; one
// followed by more words ("ratify (Spain)/consider ...") attributes a phrase within the text and stays in it.
class StateListParser {
 public:
    explicit StateListParser(const StateDirectory& states) : states_(states) {}

    // Error report.unknown_state with argument "name" when a state list holds a name the directory does not know.
    [[nodiscard]] Result<std::vector<RecommendationText>> split(std::string_view recommendation) const;

 private:
    const StateDirectory& states_;
};

}  // namespace rectrack

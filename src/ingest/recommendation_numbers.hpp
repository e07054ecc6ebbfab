#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace rectrack {

// Recommendation numbers read from the start of a text, and how many characters they took.
struct RecommendationNumbers {
    std::vector<std::string> numbers;  // "122.5", or "5" where no paragraph is known
    std::size_t length = 0;
};

// Reads a list such as "122.2-10, 122.17–18", "122.2, 122.5 and 122.7", "122.1 to 122.4" or, with
// `paragraph` 115, "1–5, 14 and 20" from the start of `text`, expanding ranges within their paragraph;
// a bare number takes the paragraph of the dotted number before it, else `paragraph` (which may be empty),
// and "... in paragraph 99" after a bare list gives its paragraph. Stops at the first word that is no part
// of a list. Error addendum.bad_range (with detail) for a range that runs backwards, crosses paragraphs,
// is open-ended or spans more than a report holds.
Result<RecommendationNumbers> read_recommendation_numbers(std::string_view text, const std::string& paragraph);

}  // namespace rectrack

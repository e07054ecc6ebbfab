#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "ingest/report_text_cleaner.hpp"

namespace rectrack {

// A stretch of an addendum's running text: an answer headed by the recommendations it concerns
// ("122.14–15", "Rec. 18", "Recs. 6–13", a table row "5., 6., 7."), or, with no heading numbers, a
// numbered paragraph or other text that may state positions on numbers it lists.
struct AddendumResponse {
    std::vector<std::string> numbers;  // from the heading, expanded; empty for other text
    std::vector<ReportLine> lines;     // the text without its heading numbers
    int page = 0;
};

// Splits an addendum's lines into responses. Bold lines and lines set left of the running text are
// headings: they end a response and belong to none. Bare heading numbers take `paragraph` (see
// read_recommendation_numbers). Errors: addendum.bad_range from a heading, with its page.
Result<std::vector<AddendumResponse>> split_responses(const std::vector<ReportLine>& lines,
                                                      const std::string& paragraph);

}  // namespace rectrack

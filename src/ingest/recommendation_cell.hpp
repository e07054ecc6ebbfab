#pragma once

#include <optional>
#include <string>

#include "ingest/docx_reader.hpp"

namespace rectrack {

// The recommendation cell of an OHCHR list row: "115.38 Ensure ... (Egypt); continue ... (Peru);" and then
// "Source of position: A/HRC/28/15/Add.1 - Para. 3", which names where the position was stated.
struct RecommendationCell {
    std::string paragraph;      // "115.38"; a trailing dot as in "186.28." is dropped
    std::string text;           // the paragraphs before the source line, without the number
    std::string report_symbol;  // the working-group report the source line refers to, e.g. A/HRC/28/15

    // nullopt when the cell does not open with a paragraph number: a theme row, a note, an empty row.
    static std::optional<RecommendationCell> read(const DocxCell& cell);
};

}  // namespace rectrack

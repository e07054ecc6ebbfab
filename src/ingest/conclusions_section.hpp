#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/report_text_cleaner.hpp"

namespace rectrack {

// One numbered recommendation: 143.12 (cycle II onwards) or item 12 of paragraph 99 (cycle I), keyed "99.12".
struct ReportItem {
    std::string paragraph;
    int page = 0;
    std::vector<ReportLine> lines;  // the first without its number
};

// A numbered paragraph of the section: its chapeau and the recommendations listed under it.
struct ReportParagraph {
    int number = 0;
    int page = 0;
    std::vector<ReportLine> chapeau;  // the first line without its number
    std::vector<ReportItem> items;
};

// The "Conclusions and/or recommendations" section of a UPR working-group report, split into
// paragraphs and items. Numbers are accepted only in sequence, so that a wrapped line starting
// with a number is never taken for a new item.
class ConclusionsSection {
 public:
    // Empty when the report has no such heading.
    static std::optional<ConclusionsSection> find(const std::vector<ReportLine>& lines);

    [[nodiscard]] const std::vector<ReportParagraph>& paragraphs() const { return paragraphs_; }

 private:
    std::vector<ReportParagraph> paragraphs_;
};

}  // namespace rectrack

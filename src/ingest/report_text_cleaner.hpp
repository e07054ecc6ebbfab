#pragma once

#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/pdf_text.hpp"

namespace rectrack {

// A line of a report's running text, the page it is on, where it starts and whether it is all bold.
struct ReportLine {
    std::string text;
    int page = 0;
    float left = 0;     // points from the page's left edge
    bool bold = false;  // every word bold: a heading
};

// The running text of a UN report: page headers and footers (symbol, GE. job number, page number),
// footnote marks and footnote text removed; lines rejoined without line-break hyphenation.
class ReportTextCleaner {
 public:
    explicit ReportTextCleaner(const PdfText& pdf);

    [[nodiscard]] const std::vector<ReportLine>& lines() const { return lines_; }
    // The lines as one single-spaced text; a hyphen ending a line is kept only where the word is a compound.
    [[nodiscard]] std::string join(std::span<const ReportLine> lines) const;

 private:
    std::vector<ReportLine> lines_;
    std::unordered_set<std::string> vocabulary_;  // lower-case words seen unbroken anywhere in the report
};

}  // namespace rectrack

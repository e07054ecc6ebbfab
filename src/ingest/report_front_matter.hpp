#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "ingest/pdf_text.hpp"
#include "ingest/report_text_cleaner.hpp"

namespace rectrack {

// What the cover page and introduction of a UPR working-group report say about the review.
struct ReportFrontMatter {
    std::string symbol;                         // e.g. A/HRC/26/6; empty when the cover shows none
    std::vector<std::string> state_candidates;  // spellings of the state under review, most likely first
    int session = 0;                            // working-group session, 0 when not stated
    std::string dialogue_date;                  // ISO 8601, empty when not stated
    std::string adoption_date;
    bool addendum = false;  // the cover says "Addendum" or the symbol ends in /Add.N: the State's responses

    // Error report.not_working_group_report when the cover lacks "Report of the Working Group on the
    // Universal Periodic Review".
    static Result<ReportFrontMatter> read(const PdfText& pdf, const ReportTextCleaner& text, const InputFile& file);
};

}  // namespace rectrack

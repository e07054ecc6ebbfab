#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"
#include "ingest/pdf_text.hpp"

namespace rectrack {

// Reads a UPR Working Group report (A/HRC/<session>/<n>, PDF): the state under review, session and
// dates from its cover and introduction, and the recommendations of its "Conclusions and/or
// recommendations" section, each with its paragraph number (143.12, or 99.12 for item 12 of a cycle-I
// paragraph 99), page, texts with their recommending states, and the position its chapeau states.
// Recommendations a report lists only by reference to earlier paragraphs are not imported.
class WorkingGroupReportParser final : public DocumentParser {
 public:
    explicit WorkingGroupReportParser(const StateDirectory& states, PdfTextLimits limits = {})
        : states_(states), limits_(limits) {}

    [[nodiscard]] std::string_view format() const override { return "upr-report-pdf"; }
    [[nodiscard]] bool recognises(const InputFile& file) const override;
    // Errors name the file, and where it applies the page, paragraph and offending name: the pdf.* errors
    // of PdfText, report.not_working_group_report, report.is_addendum (the
    // State's responses, read by AddendumParser), report.unknown_state, report.no_recommendations_section,
    // report.no_recommendations, report.empty_recommendation.
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
    PdfTextLimits limits_;
};

}  // namespace rectrack

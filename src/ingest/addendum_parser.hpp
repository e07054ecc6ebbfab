#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"
#include "ingest/pdf_text.hpp"

namespace rectrack {

// Reads the addendum to a UPR working-group report (A/HRC/<n>/<m>/Add.1, PDF), in which the State under
// review answers the recommendations the report left to be examined. One recommendation per number the
// State takes a position on: paragraph and source key ("122.5"), position, the explanation given for it
// (the text under its heading, e.g. "122.14–15" or "Rec. 18" or a table row "5., 6."), and the page of
// the answer; no texts, which the report holds. Numbers come from statements ("accepts the following
// recommendations 122.1, 122.17-18, ...") and from headed answers ("Slovenia accepts these
// recommendations"); ranges are expanded. A number answered with different positions ("accepts the
// recommendation regarding ... cannot accept the recommendation to ...") is partially supported. Bare
// numbers (115's "1–5, 14–16") take the paragraph the addendum names ("paragraph 115 of the report");
// where it names none, as cycle-I addenda, the paragraph is the item number alone ("12") for the import
// to resolve against the report. The review is the report's (its symbol without /Add.N), its cycle read
// from the Council session in that symbol; its working-group session is 0 unless the addendum states it.
class AddendumParser final : public DocumentParser {
 public:
    explicit AddendumParser(const StateDirectory& states, PdfTextLimits limits = {})
        : states_(states), limits_(limits) {}

    [[nodiscard]] std::string_view format() const override { return "upr-addendum-pdf"; }
    // A PDF whose first page is the cover of an addendum to a working-group report; reads that page only.
    [[nodiscard]] bool recognises(const InputFile& file) const override;
    // Errors name the file and, where it applies, the page and detail: the pdf.* errors of PdfText,
    // addendum.not_addendum (another document, the report itself included), addendum.unknown_state,
    // addendum.bad_range, addendum.no_responses.
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
    PdfTextLimits limits_;
};

}  // namespace rectrack

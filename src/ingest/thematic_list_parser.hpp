#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"
#include "ingest/docx_reader.hpp"

namespace rectrack {

// Reads an OHCHR thematic list or matrix of UPR recommendations (DOCX): the state under review and session
// from its heading (or file name), and from each recommendation table the entries with their paragraph
// number, texts and recommending states, position, themes (the primary theme of the "Theme:" row above
// first), affected persons and SDGs. Tables are found by their header row; see RecommendationTableLayout.
class ThematicListParser final : public DocumentParser {
 public:
    explicit ThematicListParser(const StateDirectory& states, DocxLimits limits = {})
        : states_(states), limits_(limits) {}

    [[nodiscard]] std::string_view format() const override { return "ohchr-docx"; }
    // Zip packages holding word/document.xml; what their tables hold is left to parse.
    [[nodiscard]] bool recognises(const InputFile& file) const override;
    // Errors name the file, and where it applies the table, row, paragraph and offending text: the docx.* errors
    // of DocxReader, docx.no_recommendation_table, docx.unknown_review_state, docx.no_session,
    // docx.unknown_state, docx.bad_position, docx.empty_recommendation.
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
    DocxLimits limits_;
};

}  // namespace rectrack

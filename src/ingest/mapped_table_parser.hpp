#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"
#include "ingest/column_mapping.hpp"

namespace rectrack {

// Reads any spreadsheet (CSV or XLSX) whose columns the user maps to rectrack's fields, such as a
// ministry's own tracking table or a research dataset. Rows with the same paragraph, or with the same
// text and position where there is no paragraph, are one recommendation made by all their states.
class MappedTableParser final : public DocumentParser {
 public:
    MappedTableParser(const StateDirectory& states, ColumnMapping mapping)
        : states_(states), mapping_(std::move(mapping)) {}

    [[nodiscard]] std::string_view format() const override { return "table"; }
    // Never picked by --format auto: a table is only read with a column mapping.
    [[nodiscard]] bool recognises(const InputFile& /*file*/) const override { return false; }
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
    ColumnMapping mapping_;
};

}  // namespace rectrack

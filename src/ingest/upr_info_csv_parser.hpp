#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Reads UPR Info database exports: one row per (recommendation, recommending state), columns
// To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session. Rows that differ
// only in the recommending state are one recommendation made by several states.
class UprInfoCsvParser final : public DocumentParser {
 public:
    explicit UprInfoCsvParser(const StateDirectory& states) : states_(states) {}

    [[nodiscard]] std::string_view format() const override { return "upr-info-csv"; }
    [[nodiscard]] bool recognises(const InputFile& file) const override;
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
};

}  // namespace rectrack

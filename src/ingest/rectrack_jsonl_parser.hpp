#pragma once

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Reads rectrack's own export (`export --format jsonl`), keeping each recommendation's origin document.
class RectrackJsonlParser final : public DocumentParser {
 public:
    explicit RectrackJsonlParser(const StateDirectory& states) : states_(states) {}

    [[nodiscard]] std::string_view format() const override { return "rectrack-jsonl"; }
    [[nodiscard]] bool recognises(const InputFile& file) const override;
    [[nodiscard]] Result<ImportBatch> parse(const InputFile& file) const override;

 private:
    const StateDirectory& states_;
};

}  // namespace rectrack

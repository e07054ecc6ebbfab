#pragma once

#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "domain/import_summary.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct ImportRequest {
    std::vector<InputFile> files;
    std::string format = "auto";  // a parser's format name, or auto to detect it per file
    bool dry_run = false;         // read and count everything, write nothing
};

// Imports files into the store: all of them or, on any error, none.
class ImportDocuments {
 public:
    ImportDocuments(Store& store, std::vector<const DocumentParser*> parsers)
        : store_(store), parsers_(std::move(parsers)) {}

    Result<ImportSummary> run(const ImportRequest& request);

 private:
    Result<const DocumentParser*> parser_for(const InputFile& file, const std::string& format) const;
    Status write(ImportBatch& batch, ImportSummary& summary, std::set<std::string>& states);

    Store& store_;
    std::vector<const DocumentParser*> parsers_;
};

}  // namespace rectrack

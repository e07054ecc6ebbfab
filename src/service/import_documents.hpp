#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "domain/import_summary.hpp"
#include "domain/store.hpp"
#include "service/review_identity.hpp"

namespace rectrack {

struct ImportRequest {
    std::vector<InputFile> files;
    std::string format = "auto";  // a parser's format name, or auto to detect it per file
    bool dry_run = false;         // read and count everything, write nothing
    ReviewOverrides review;       // --state, --cycle, --session
};

// Imports files into the store: all of them or, on any error, none. Numbered recommendations merge into
// the ones the store holds for their paragraph; then every review touched is reconciled, so that UPR Info
// rows attach to the paragraphs they are versions of, whichever file came first.
class ImportDocuments {
 public:
    ImportDocuments(Store& store, std::vector<const DocumentParser*> parsers)
        : store_(store), parsers_(std::move(parsers)) {}

    Result<ImportSummary> run(const ImportRequest& request);

 private:
    // One recommendation written, counted once the reviews are reconciled.
    struct Written {
        std::int64_t review_id = 0;
        std::int64_t id = 0;
        UpsertOutcome outcome = UpsertOutcome::unchanged;
    };
    // What the import's transaction has done so far.
    struct Progress {
        ImportSummary summary;
        std::set<std::string> states;
        std::vector<Written> written;
    };

    Result<const DocumentParser*> parser_for(const InputFile& file, const std::string& format) const;
    Status write(ImportBatch& batch, const ReviewOverrides& overrides, Progress& progress);
    Result<Upserted> save(Recommendation recommendation, const SourceDocument& document, const Review& review);
    // The paragraph "111.12" an addendum means by a bare item number "12", if the review has one such list.
    Result<std::string> full_paragraph(const Recommendation& recommendation);
    Status reconcile(Progress& progress);

    Store& store_;
    std::vector<const DocumentParser*> parsers_;
    // Per review: for each item number, the paragraphs holding an item of that number ("12" -> {"111"}).
    std::map<std::int64_t, std::map<std::string, std::set<std::string>>> item_paragraphs_;
};

}  // namespace rectrack

#include "service/import_documents.hpp"

#include <set>

#include "common/sha256.hpp"

namespace rectrack {

namespace {

constexpr std::string_view dry_run_rollback = "import.dry_run_rollback";

void count(const Upserted& upserted, ImportSummary& summary) {
    switch (upserted.outcome) {
        case UpsertOutcome::created: ++summary.created; break;
        case UpsertOutcome::updated: ++summary.updated; break;
        case UpsertOutcome::unchanged: ++summary.unchanged; break;
    }
}

}  // namespace

Result<const DocumentParser*> ImportDocuments::parser_for(const InputFile& file, const std::string& format) const {
    // No parser recognises an empty file; saying it is empty names the real problem.
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    for (const auto* parser : parsers_) {
        if (format == "auto" ? parser->recognises(file) : parser->format() == format) return parser;
    }
    if (format != "auto") return make_error(ErrorCode::invalid_input, "import.unknown_format").with("format", format);
    return make_error(ErrorCode::invalid_input, "import.unrecognised_file").with("file", file.name);
}

Status ImportDocuments::write(ImportBatch& batch, ImportSummary& summary, std::set<std::string>& states) {
    auto document = store_.documents().upsert(batch.document);
    if (!document.ok()) return document.error();
    batch.document.id = document->id;
    summary.documents.push_back(batch.document);
    std::vector<std::int64_t> origin_ids;
    for (const auto& origin : batch.origins) {
        // An origin without a hash is the imported file itself.
        if (origin.sha256.empty()) {
            origin_ids.push_back(document->id);
            continue;
        }
        auto saved = store_.documents().upsert(origin);
        if (!saved.ok()) return saved.error();
        origin_ids.push_back(saved->id);
    }
    for (auto& imported : batch.reviews) {
        auto review = store_.reviews().upsert(imported.review);
        if (!review.ok()) return review.error();
        ImportedReviewSummary review_summary{imported.review};
        review_summary.review.id = review->id;
        std::set<std::string> review_states;
        for (std::size_t i = 0; i < imported.recommendations.size(); ++i) {
            auto& rec = imported.recommendations[i];
            const std::int64_t source_id = origin_ids.empty() ? document->id : origin_ids.at(imported.origin_of.at(i));
            rec.review_id = review->id;
            if (!rec.source_document_id) rec.source_document_id = source_id;
            if (rec.position && !rec.position_document_id) rec.position_document_id = source_id;
            for (auto& label : rec.labels) {
                if (label.provenance == Provenance::imported && !label.source_document_id) {
                    label.source_document_id = source_id;
                }
            }
            auto saved = store_.recommendations().upsert(rec);
            if (!saved.ok()) return saved.error();
            count(*saved, summary);
            if (rec.kind == RecommendationKind::voluntary_pledge) {
                ++review_summary.voluntary_pledges;
                continue;
            }
            ++review_summary.recommendations;
            if (rec.position) ++summary.positions[std::string(to_string(*rec.position))];
            for (auto& code : rec.recommending_states()) {
                review_states.insert(code);
                states.insert(code);
            }
        }
        review_summary.recommending_states = static_cast<std::int64_t>(review_states.size());
        summary.recommendations += review_summary.recommendations;
        summary.voluntary_pledges += review_summary.voluntary_pledges;
        summary.reviews.push_back(std::move(review_summary));
    }
    summary.rows += batch.rows;
    return {};
}

Result<ImportSummary> ImportDocuments::run(const ImportRequest& request) {
    if (request.files.empty()) return make_error(ErrorCode::invalid_input, "import.no_files");
    std::vector<ImportBatch> batches;
    for (const auto& file : request.files) {
        auto parser = parser_for(file, request.format);
        if (!parser.ok()) return parser.error();
        auto batch = (*parser)->parse(file);
        if (!batch.ok()) return batch.error();
        batch->document.sha256 = sha256_hex(file.bytes);
        if (batch->document.file_name.empty()) batch->document.file_name = file.name;
        batches.push_back(std::move(batch.value()));
    }
    ImportSummary summary;
    summary.dry_run = request.dry_run;
    std::set<std::string> states;
    auto written = store_.transaction([&]() -> Status {
        for (auto& batch : batches) RECTRACK_TRY(write(batch, summary, states));
        summary.recommending_states = static_cast<std::int64_t>(states.size());
        // A dry run does the whole write, so that its counts are exact, then rolls it back.
        if (request.dry_run) return make_error(ErrorCode::internal, std::string(dry_run_rollback));
        return {};
    });
    if (!written.ok() && written.error().message_id != dry_run_rollback) return written.error();
    return summary;
}

}  // namespace rectrack

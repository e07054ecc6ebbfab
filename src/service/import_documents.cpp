#include "service/import_documents.hpp"

#include <future>
#include <map>
#include <set>

#include "common/sha256.hpp"
#include "service/recommendation_merge.hpp"
#include "service/reconcile_review.hpp"

namespace rectrack {

namespace {

constexpr std::string_view dry_run_rollback = "import.dry_run_rollback";

void count(UpsertOutcome outcome, ImportSummary& summary) {
    switch (outcome) {
        case UpsertOutcome::created: ++summary.created; break;
        case UpsertOutcome::updated: ++summary.updated; break;
        case UpsertOutcome::unchanged: ++summary.unchanged; break;
    }
}

std::string describe(const Review& review) {
    return review.state_code + " " + review.mechanism + " session " + std::to_string(review.session);
}

// Sets the document ids a parser cannot know: where the recommendation, its position and labels come from.
void attach_source(Recommendation& rec, std::int64_t review_id, std::int64_t source_id) {
    rec.review_id = review_id;
    if (!rec.source_document_id) rec.source_document_id = source_id;
    if (rec.position && !rec.position_document_id) rec.position_document_id = source_id;
    for (auto& label : rec.labels) {
        if (label.provenance == Provenance::imported && !label.source_document_id) label.source_document_id = source_id;
    }
}

void count_review(const Recommendation& rec, ImportedReviewSummary& review_summary, ImportSummary& summary,
                  std::set<std::string>& review_states, std::set<std::string>& states) {
    if (rec.kind == RecommendationKind::voluntary_pledge) {
        ++review_summary.voluntary_pledges;
        return;
    }
    ++review_summary.recommendations;
    if (rec.position) ++summary.positions[std::string(to_string(*rec.position))];
    for (auto& code : rec.recommending_states()) {
        review_states.insert(code);
        states.insert(code);
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

Result<std::string> ImportDocuments::full_paragraph(const Recommendation& rec) {
    const auto emplaced = item_paragraphs_.try_emplace(rec.review_id);
    auto& items = emplaced.first->second;
    if (emplaced.second) {
        RecommendationFilter filter;
        filter.review_id = rec.review_id;
        filter.limit = 0;
        auto visited = store_.recommendations().for_each(filter, [&](const Recommendation& stored) {
            const auto dot = stored.paragraph.find('.');
            if (dot != std::string::npos)
                items[stored.paragraph.substr(dot + 1)].insert(stored.paragraph.substr(0, dot));
            return true;
        });
        if (!visited.ok()) return visited.error();
    }
    // Cycle-I reports number items inside paragraphs; the addendum answers the items of one of them.
    const auto prefixes = items.find(rec.paragraph);
    if (prefixes == items.end() || prefixes->second.size() != 1) return rec.paragraph;
    return *prefixes->second.begin() + "." + rec.paragraph;
}

Result<Upserted> ImportDocuments::save(Recommendation rec, const SourceDocument& document, const Review& review) {
    if (rec.paragraph.empty()) return store_.recommendations().upsert(rec);
    if (rec.texts.empty() && rec.paragraph.find('.') == std::string::npos) {
        auto paragraph = full_paragraph(rec);
        if (!paragraph.ok()) return paragraph.error();
        rec.paragraph = rec.source_key = *paragraph;
    }
    auto stored = store_.recommendations().find_by_key(rec.review_id, rec.source_key);
    if (!stored.ok()) return stored.error();
    if (stored->has_value()) return store_.recommendations().upsert(merge_recommendation(**stored, rec));
    // A position without its text (an addendum's entry) needs the report that gave the text.
    if (rec.texts.empty()) {
        return make_error(ErrorCode::invalid_input, "import.unknown_paragraph")
            .with("file", document.file_name)
            .with("paragraph", rec.paragraph)
            .with("review", describe(review));
    }
    return store_.recommendations().upsert(rec);
}

Status ImportDocuments::write(ImportBatch& batch, const ReviewOverrides& overrides, Progress& progress) {
    auto document = store_.documents().upsert(batch.document);
    if (!document.ok()) return document.error();
    batch.document.id = document->id;
    // The stored record, so that the summary shows when the document was first imported.
    auto stored = store_.documents().get(document->id);
    if (!stored.ok()) return stored.error();
    progress.summary.documents.push_back(stored.value());
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
        auto identified = identify_review(store_.reviews(), imported.review, overrides);
        if (!identified.ok()) return identified.error();
        imported.review = std::move(identified.value());
        auto review = store_.reviews().upsert(imported.review);
        if (!review.ok()) return review.error();
        ImportedReviewSummary review_summary{imported.review};
        review_summary.review.id = review->id;
        std::set<std::string> review_states;
        for (std::size_t i = 0; i < imported.recommendations.size(); ++i) {
            auto& rec = imported.recommendations[i];
            attach_source(rec, review->id, origin_ids.empty() ? document->id : origin_ids.at(imported.origin_of.at(i)));
            // A review this import created holds nothing yet: no need to look for what is stored.
            const bool fresh = review->outcome == UpsertOutcome::created && !rec.texts.empty();
            auto saved = fresh ? store_.recommendations().insert(rec) : save(rec, batch.document, imported.review);
            if (!saved.ok()) return saved.error();
            progress.written.push_back(Written{review->id, saved->id, saved->outcome});
            count_review(rec, review_summary, progress.summary, review_states, progress.states);
        }
        review_summary.recommending_states = static_cast<std::int64_t>(review_states.size());
        progress.summary.recommendations += review_summary.recommendations;
        progress.summary.voluntary_pledges += review_summary.voluntary_pledges;
        progress.summary.reviews.push_back(std::move(review_summary));
    }
    progress.summary.rows += batch.rows;
    return {};
}

Status ImportDocuments::reconcile(Progress& progress) {
    auto& summary = progress.summary;
    std::set<std::int64_t> reviews;
    for (const auto& review : summary.reviews) reviews.insert(review.review.id);
    std::map<std::int64_t, UpsertOutcome> absorbed;
    for (const auto review_id : reviews) {
        auto reconciled = ReconcileReview(store_.recommendations()).run(review_id);
        if (!reconciled.ok()) return reconciled.error();
        absorbed.merge(reconciled->absorbed);
        summary.unmatched += static_cast<std::int64_t>(reconciled->unmatched.size());
        for (auto& review : summary.reviews) {
            if (review.review.id == review_id) review.unmatched = reconciled->unmatched;
        }
    }
    // A record now part of a paragraph counts as what writing that paragraph did.
    for (const auto& written : progress.written) {
        const auto merged = absorbed.find(written.id);
        count(merged == absorbed.end() ? written.outcome : merged->second, summary);
    }
    return {};
}

Result<ImportSummary> ImportDocuments::run(const ImportRequest& request) {
    if (request.files.empty()) return make_error(ErrorCode::invalid_input, "import.no_files");
    std::vector<const DocumentParser*> parsers;
    for (const auto& file : request.files) {
        auto parser = parser_for(file, request.format);
        if (!parser.ok()) return parser.error();
        parsers.push_back(*parser);
    }
    // Files are parsed side by side: parsing is CPU-bound and independent of the store.
    std::vector<std::future<Result<ImportBatch>>> parsing;
    for (std::size_t i = 0; i < request.files.size(); ++i) {
        parsing.push_back(std::async(std::launch::async, [&file = request.files[i], parser = parsers[i]] {
            auto batch = parser->parse(file);
            if (batch.ok()) {
                batch->document.sha256 = sha256_hex(file.bytes);
                if (batch->document.file_name.empty()) batch->document.file_name = file.name;
            }
            return batch;
        }));
    }
    std::vector<ImportBatch> batches;
    for (auto& future : parsing) {
        auto batch = future.get();
        if (!batch.ok()) return batch.error();
        batches.push_back(std::move(batch.value()));
    }
    Progress progress;
    progress.summary.dry_run = request.dry_run;
    item_paragraphs_.clear();
    auto written = store_.transaction([&]() -> Status {
        for (auto& batch : batches) RECTRACK_TRY(write(batch, request.review, progress));
        RECTRACK_TRY(reconcile(progress));
        progress.summary.recommending_states = static_cast<std::int64_t>(progress.states.size());
        // A dry run does the whole write, so that its counts are exact, then rolls it back.
        if (request.dry_run) return make_error(ErrorCode::internal, std::string(dry_run_rollback));
        return {};
    });
    if (!written.ok() && written.error().message_id != dry_run_rollback) return written.error();
    return std::move(progress.summary);
}

}  // namespace rectrack

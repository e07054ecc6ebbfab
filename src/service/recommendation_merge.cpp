#include "service/recommendation_merge.hpp"

#include <algorithm>
#include <set>

namespace rectrack {

namespace {

bool is_definitive(const std::optional<Position>& position) { return position && *position != Position::pending; }

bool takes_incoming_position(const Recommendation& stored, const Recommendation& incoming) {
    if (!incoming.position) return false;
    // A report's "will be examined" never overrides the State's answer.
    return !(*incoming.position == Position::pending && is_definitive(stored.position));
}

// The documents the incoming record speaks for: their earlier imported labels give way to its own.
std::set<std::int64_t> incoming_documents(const Recommendation& incoming) {
    std::set<std::int64_t> documents;
    if (incoming.source_document_id) documents.insert(*incoming.source_document_id);
    for (const auto& label : incoming.labels) {
        if (label.provenance == Provenance::imported && label.source_document_id) {
            documents.insert(*label.source_document_id);
        }
    }
    return documents;
}

std::vector<Label> merged_labels(const Recommendation& stored, const Recommendation& incoming) {
    const auto replaced = incoming_documents(incoming);
    std::vector<Label> labels;
    for (const auto& label : stored.labels) {
        const bool same_document = label.source_document_id && replaced.contains(*label.source_document_id);
        if (label.provenance != Provenance::imported || !same_document) labels.push_back(label);
    }
    labels.insert(labels.end(), incoming.labels.begin(), incoming.labels.end());
    return labels;
}

}  // namespace

Recommendation merge_recommendation(const Recommendation& stored, const Recommendation& incoming) {
    Recommendation merged = stored;
    if (merged.texts.empty()) merged.texts = incoming.texts;
    if (merged.translations.empty()) merged.translations = incoming.translations;
    // A position another document already stated keeps that document as its source, so re-imports change nothing.
    if (takes_incoming_position(stored, incoming) && incoming.position != stored.position) {
        // An explanation belongs to its position: "will be examined" does not outlive the answer.
        merged.position_explanation.clear();
        merged.position = incoming.position;
        merged.position_document_id = incoming.position_document_id;
    }
    const bool explains_kept_position = !incoming.position || merged.position == incoming.position;
    if (explains_kept_position && !incoming.position_explanation.empty()) {
        merged.position_explanation = incoming.position_explanation;
    }
    if (!merged.source_document_id) {
        merged.source_document_id = incoming.source_document_id;
        merged.page = incoming.page;
    }
    merged.labels = merged_labels(stored, incoming);
    return merged;
}

}  // namespace rectrack

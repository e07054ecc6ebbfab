#include "service/reconcile_review.hpp"

#include <algorithm>
#include <set>

#include "nlp/text_matcher.hpp"
#include "service/recommendation_merge.hpp"

namespace rectrack {

namespace {

RecommendationFilter recommendations_of(std::int64_t review_id, std::int64_t offset, std::int64_t limit) {
    RecommendationFilter filter;
    filter.review_id = review_id;
    filter.kind = RecommendationKind::recommendation;
    filter.offset = offset;
    filter.limit = limit;
    return filter;
}

// One recommendation as the matcher compares it: its texts as one, with all its states.
RecommendationText as_query(const Recommendation& recommendation) {
    RecommendationText query{{}, recommendation.recommending_states()};
    for (const auto& text : recommendation.texts) query.text += (query.text.empty() ? "" : " ") + text.text;
    return query;
}

std::string explain_conflict(const std::vector<const Recommendation*>& matched) {
    std::map<Position, std::set<std::string>> states_by_position;
    for (const auto* record : matched) {
        if (!record->position || *record->position == Position::pending) continue;
        for (const auto& state : record->recommending_states()) states_by_position[*record->position].insert(state);
    }
    std::string explanation = "Positions differ between the texts of this paragraph:";
    for (const auto& [position, states] : states_by_position) {
        explanation.append(" ").append(to_string(position)).append(" (");
        std::string_view separator;
        for (const auto& state : states) {
            explanation.append(separator).append(state);
            separator = ", ";
        }
        explanation.append(")");
    }
    return explanation;
}

// The position the matched records give a paragraph; conflicting definitive ones make it partially supported.
void combine_positions(const std::vector<const Recommendation*>& matched, Recommendation& incoming) {
    std::set<Position> definitive;
    for (const auto* record : matched) {
        if (!record->position) continue;
        if (*record->position != Position::pending) definitive.insert(*record->position);
        if (!incoming.position || *incoming.position == Position::pending) {
            incoming.position = record->position;
            incoming.position_document_id = record->position_document_id;
        }
    }
    if (definitive.size() > 1) {
        incoming.position = Position::partially_supported;
        incoming.position_explanation = explain_conflict(matched);
    }
}

// What the matched records say of the paragraph, as if one document had said it.
Recommendation incoming_from(const Recommendation& paragraph, const std::vector<const Recommendation*>& matched) {
    Recommendation incoming;
    incoming.review_id = paragraph.review_id;
    incoming.paragraph = paragraph.paragraph;
    incoming.source_key = paragraph.source_key;
    incoming.source_document_id = matched.front()->source_document_id;
    combine_positions(matched, incoming);
    for (const auto* record : matched) {
        for (const auto& label : record->labels) {
            const bool moves = label.kind == LabelKind::issue || label.kind == LabelKind::action_category;
            if (moves && label.provenance == Provenance::imported) incoming.labels.push_back(label);
        }
    }
    return incoming;
}

}  // namespace

Result<bool> ReconcileReview::holds_both(std::int64_t review_id) {
    // Unnumbered recommendations come first in paragraph order, numbered ones last.
    auto first = recommendations_.list(recommendations_of(review_id, 0, 1));
    if (!first.ok()) return first.error();
    if (first->empty() || !first->front().paragraph.empty()) return false;
    auto total = recommendations_.count(recommendations_of(review_id, 0, 0));
    if (!total.ok()) return total.error();
    auto last = recommendations_.list(recommendations_of(review_id, *total - 1, 1));
    if (!last.ok()) return last.error();
    return !last->empty() && !last->front().paragraph.empty();
}

Result<UpsertOutcome> ReconcileReview::absorb(const Recommendation& paragraph,
                                              const std::vector<const Recommendation*>& matched) {
    auto saved = recommendations_.upsert(merge_recommendation(paragraph, incoming_from(paragraph, matched)));
    if (!saved.ok()) return saved.error();
    for (const auto* record : matched) RECTRACK_TRY(recommendations_.remove(record->id));
    return saved->outcome;
}

Result<ReviewReconciliation> ReconcileReview::run(std::int64_t review_id) {
    ReviewReconciliation reconciliation;
    auto both = holds_both(review_id);
    if (!both.ok()) return both.error();
    if (!*both) return reconciliation;
    auto all = recommendations_.list(recommendations_of(review_id, 0, 0));
    if (!all.ok()) return all.error();
    std::vector<const Recommendation*> paragraphs;
    std::vector<const Recommendation*> unnumbered;
    for (const auto& record : *all) (record.paragraph.empty() ? unnumbered : paragraphs).push_back(&record);
    // Source keys, unlike ids, do not depend on which file was imported first.
    std::sort(unnumbered.begin(), unnumbered.end(),
              [](const Recommendation* a, const Recommendation* b) { return a->source_key < b->source_key; });

    std::vector<RecommendationText> targets;
    std::vector<std::size_t> paragraph_of_target;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        for (const auto& text : paragraphs[p]->texts) {
            targets.push_back(text);
            paragraph_of_target.push_back(p);
        }
    }
    std::vector<RecommendationText> queries;
    queries.reserve(unnumbered.size());
    for (const auto* record : unnumbered) queries.push_back(as_query(*record));
    const auto assigned = TextMatcher(targets).assign(queries);

    std::map<std::size_t, std::vector<const Recommendation*>> matched_by_paragraph;
    for (std::size_t q = 0; q < unnumbered.size(); ++q) {
        if (!assigned[q]) {
            reconciliation.unmatched.push_back(queries[q].text);
            continue;
        }
        matched_by_paragraph[paragraph_of_target[*assigned[q]]].push_back(unnumbered[q]);
    }
    for (const auto& [p, matched] : matched_by_paragraph) {
        auto outcome = absorb(*paragraphs[p], matched);
        if (!outcome.ok()) return outcome.error();
        for (const auto* record : matched) reconciliation.absorbed[record->id] = *outcome;
    }
    return reconciliation;
}

}  // namespace rectrack

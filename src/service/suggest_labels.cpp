#include "service/suggest_labels.hpp"

#include <algorithm>

namespace rectrack {

namespace {

constexpr LabelKind kinds[] = {LabelKind::issue, LabelKind::action_category, LabelKind::theme, LabelKind::sdg_target,
                               LabelKind::affected_group};

bool set_by_document_or_person(const Recommendation& recommendation, LabelKind kind) {
    return std::any_of(recommendation.labels.begin(), recommendation.labels.end(), [kind](const Label& label) {
        return label.kind == kind && label.provenance != Provenance::suggested;
    });
}

}  // namespace

Result<SuggestionSummary> SuggestLabels::run(std::optional<std::int64_t> review_id) {
    if (review_id) {
        auto review = store_.reviews().get(*review_id);
        if (!review.ok()) return review.error();
    }
    RecommendationFilter filter;
    filter.review_id = review_id;
    filter.kind = RecommendationKind::recommendation;
    filter.limit = 0;
    auto recommendations = store_.recommendations().list(filter);
    if (!recommendations.ok()) return recommendations.error();
    SuggestionSummary summary;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        for (const auto& recommendation : *recommendations) {
            const auto labels = classifier_.classify(recommendation_text(recommendation));
            ++summary.recommendations;
            for (const auto kind : kinds) {
                if (!classifier_.knows(kind)) continue;
                if (set_by_document_or_person(recommendation, kind)) {
                    ++summary.kept;
                    continue;
                }
                std::vector<Label> of_kind;
                std::copy_if(labels.begin(), labels.end(), std::back_inserter(of_kind),
                             [kind](const Label& label) { return label.kind == kind; });
                summary.suggestions += static_cast<std::int64_t>(of_kind.size());
                RECTRACK_TRY(store_.labels().replace_suggestions(recommendation.id, kind, of_kind));
            }
        }
        return {};
    }));
    return summary;
}

}  // namespace rectrack

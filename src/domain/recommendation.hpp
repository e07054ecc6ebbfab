#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/label.hpp"
#include "domain/localized_text.hpp"
#include "domain/position.hpp"

namespace rectrack {

enum class RecommendationKind { recommendation, voluntary_pledge };

std::string_view to_string(RecommendationKind kind);
std::optional<RecommendationKind> recommendation_kind_from_string(std::string_view text);

// One text under a paragraph number, with the states that made it (UN reports merge several).
struct RecommendationText {
    std::string text;
    std::vector<std::string> state_codes;  // recommending states, ISO alpha-3; empty when unattributed

    friend bool operator==(const RecommendationText&, const RecommendationText&) = default;
};

// A recommendation received in a review, with its position and labels.
struct Recommendation {
    std::int64_t id = 0;
    std::int64_t review_id = 0;
    std::string paragraph;   // e.g. 143.12; empty where the source has no numbering
    std::string source_key;  // identifies the recommendation within its review across re-imports
    RecommendationKind kind = RecommendationKind::recommendation;
    std::vector<RecommendationText> texts;
    std::vector<LocalizedText> translations;  // the texts in other languages
    std::optional<Position> position;
    std::optional<std::int64_t> position_document_id;  // the document that stated the position
    std::string position_explanation;
    std::optional<std::int64_t> source_document_id;
    int page = 0;  // page of the source document, 0 when not paged
    std::vector<Label> labels;
    std::optional<std::int64_t> cluster_id;
    std::int64_t version = 0;  // optimistic concurrency: incremented by every update

    // Distinct recommending states over all texts, in first-seen order.
    [[nodiscard]] std::vector<std::string> recommending_states() const;
};

}  // namespace rectrack

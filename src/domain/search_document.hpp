#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/label.hpp"
#include "domain/localized_text.hpp"
#include "domain/position.hpp"
#include "domain/recommendation.hpp"

namespace rectrack {

// A recommendation as the search index sees it: its words and every value it can be faceted by.
struct SearchDocument {
    std::int64_t id = 0;
    std::int64_t review_id = 0;
    std::string paragraph;
    std::string paragraph_key;  // sorts paragraphs naturally (143.2 before 143.10)
    RecommendationKind kind = RecommendationKind::recommendation;
    std::optional<Position> position;
    std::string mechanism;
    std::string state_code;  // state under review
    int cycle = 0;
    int session = 0;
    std::vector<RecommendationText> texts;
    std::vector<LocalizedText> translations;
    std::vector<Label> labels;                   // kind and value are what search uses
    std::vector<std::string> institutions;       // codes of lead and supporting institutions assigned
    std::optional<std::string> progress_status;  // of the last accepted progress update
};

}  // namespace rectrack

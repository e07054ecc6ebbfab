#pragma once

#include <nlohmann/json.hpp>

#include "domain/import_summary.hpp"
#include "domain/recommendation.hpp"
#include "domain/review.hpp"
#include "domain/review_statistics.hpp"
#include "domain/source_document.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// The JSON shapes of the CLI's --json output and the REST API, in one place.
nlohmann::json review_json(const Review& review, const StateDirectory& states);
nlohmann::json recommendation_json(const Recommendation& recommendation);
nlohmann::json source_document_json(const SourceDocument& document);
nlohmann::json statistics_json(const ReviewStatisticsRow& row, const StateDirectory& states);
nlohmann::json import_summary_json(const ImportSummary& summary, const StateDirectory& states);

}  // namespace rectrack

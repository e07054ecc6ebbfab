#pragma once

#include <string>

#include "domain/recommendation.hpp"

namespace rectrack {

// A hash of what an import sets on a recommendation (paragraph, kind, texts, translations, position,
// provenance) and of the imported ones among labels, so a re-import can tell "unchanged" without reading
// the record back.
std::string import_digest(const Recommendation& recommendation, const std::vector<Label>& labels);

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/review.hpp"
#include "domain/source_document.hpp"

namespace rectrack {

// What one review received from an import.
struct ImportedReviewSummary {
    Review review;
    std::int64_t recommendations = 0;
    std::int64_t voluntary_pledges = 0;
    std::int64_t recommending_states = 0;
    // Texts of the review's unnumbered recommendations (UPR Info rows) that match no paragraph text.
    std::vector<std::string> unmatched;
};

// What an import read and what it changed in the store.
struct ImportSummary {
    std::vector<SourceDocument> documents;
    std::int64_t rows = 0;
    std::int64_t recommendations = 0;  // voluntary pledges not included
    std::int64_t voluntary_pledges = 0;
    std::int64_t recommending_states = 0;           // distinct over everything imported
    std::map<std::string, std::int64_t> positions;  // position name -> recommendations
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t unmatched = 0;  // unnumbered recommendations of the reviews touched that match no paragraph
    std::vector<ImportedReviewSummary> reviews;
    bool dry_run = false;
};

}  // namespace rectrack

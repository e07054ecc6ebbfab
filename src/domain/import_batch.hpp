#pragma once

#include <cstddef>
#include <vector>

#include "domain/recommendation.hpp"
#include "domain/review.hpp"
#include "domain/source_document.hpp"

namespace rectrack {

// The recommendations of one review as a parser read them; ids are not yet assigned.
struct ImportedReview {
    Review review;
    std::vector<Recommendation> recommendations;
    // Parallel to recommendations when the batch has origins: the index of each one's origin.
    std::vector<std::size_t> origin_of;
};

// Everything a parser read from one file, written to the store in one transaction or not at all.
struct ImportBatch {
    SourceDocument document;
    std::vector<ImportedReview> reviews;
    long rows = 0;  // records read from the file (table rows, CSV rows, numbered paragraphs)
    // The documents recommendations were first imported from, for files that carry provenance
    // (rectrack's own export); empty when the file itself is the source.
    std::vector<SourceDocument> origins;
};

// The batch of a document that speaks of one review, as reports, addenda and thematic lists do;
// rows counts its recommendations.
ImportBatch single_review_batch(SourceDocument document, Review review, std::vector<Recommendation> recommendations);

}  // namespace rectrack

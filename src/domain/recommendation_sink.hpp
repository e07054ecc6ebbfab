#pragma once

#include "domain/recommendation.hpp"
#include "domain/review.hpp"
#include "domain/source_document.hpp"

namespace rectrack {

// Receives recommendations one at a time, e.g. to write them to an export file.
class RecommendationSink {
 public:
    virtual ~RecommendationSink() = default;
    // source is the document the recommendation was imported from, null when unknown.
    virtual void write(const Review& review, const Recommendation& recommendation, const SourceDocument* source) = 0;
    virtual void finish() {}
};

}  // namespace rectrack

#pragma once

#include <ostream>

#include "domain/recommendation_sink.hpp"

namespace rectrack {

// rectrack's exchange format: one self-contained JSON object per recommendation and line, carrying
// its review and its source document, so that another installation can import it unchanged.
class JsonlExportWriter final : public RecommendationSink {
 public:
    explicit JsonlExportWriter(std::ostream& out) : out_(out) {}
    void write(const Review& review, const Recommendation& recommendation, const SourceDocument* source) override;

 private:
    std::ostream& out_;
};

}  // namespace rectrack

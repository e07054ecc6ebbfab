#pragma once

#include <ostream>

#include "domain/recommendation_sink.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// A flat table for spreadsheets: one row per recommendation, lists joined with "; ".
class CsvExportWriter final : public RecommendationSink {
 public:
    CsvExportWriter(std::ostream& out, const StateDirectory& states);
    void write(const Review& review, const Recommendation& recommendation, const SourceDocument* source) override;

 private:
    std::ostream& out_;
    const StateDirectory& states_;
};

}  // namespace rectrack

#pragma once

#include "common/result.hpp"
#include "domain/recommendation_filter.hpp"
#include "domain/recommendation_sink.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Streams every recommendation matching the filter, in review and paragraph order, to a sink.
class ExportRecommendations {
 public:
    explicit ExportRecommendations(Store& store) : store_(store) {}
    Result<std::int64_t> run(RecommendationFilter filter, RecommendationSink& sink);

 private:
    Store& store_;
};

}  // namespace rectrack

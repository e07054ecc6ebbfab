#pragma once

#include <cstdint>
#include <optional>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct RecommendationDetail {
    Recommendation recommendation;
    Review review;
    std::optional<SourceDocument> source;
};

class ShowRecommendation {
 public:
    explicit ShowRecommendation(Store& store) : store_(store) {}
    Result<RecommendationDetail> run(std::int64_t id);

 private:
    Store& store_;
};

}  // namespace rectrack

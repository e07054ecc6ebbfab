#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation_filter.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct RecommendationPage {
    std::vector<Recommendation> items;
    std::int64_t total = 0;
    std::int64_t offset = 0;
    std::int64_t limit = 0;
};

class ListRecommendations {
 public:
    static constexpr std::int64_t max_page_size = 1000;

    explicit ListRecommendations(Store& store) : store_(store) {}
    Result<RecommendationPage> run(const RecommendationFilter& filter);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>

#include "common/result.hpp"
#include "domain/store.hpp"
#include "search/search_index.hpp"

namespace rectrack {

struct SearchPage {
    SearchResult result;
    std::int64_t page = 1;
    std::int64_t per_page = 20;
};

// Finds recommendations by words and facets, ranked, one page at a time, with facet counts; the index
// first catches up with every write the store logged, whichever process made it.
class SearchRecommendations {
 public:
    static constexpr std::int64_t max_per_page = 100;

    SearchRecommendations(Store& store, SearchIndex& index) : store_(store), index_(index) {}
    // query.offset and query.limit are set from page (from 1) and per_page; a page past the last is an error.
    Result<SearchPage> run(SearchQuery query, std::int64_t page, std::int64_t per_page);

 private:
    Store& store_;
    SearchIndex& index_;
};

}  // namespace rectrack

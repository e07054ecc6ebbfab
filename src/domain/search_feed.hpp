#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "common/result.hpp"
#include "domain/search_document.hpp"

namespace rectrack {

// Recommendations changed after a change number, and the newest change number among them.
struct SearchChanges {
    std::vector<std::int64_t> recommendation_ids;
    std::int64_t last_change = 0;
};

// What a search index reads from the store: every document once, then the changes since it last looked.
// Every write to what search shows (texts, labels, positions, reviews, assignments, progress) advances the
// change number, whichever process made it.
class SearchFeed {
 public:
    virtual ~SearchFeed() = default;
    virtual Result<std::int64_t> last_change() = 0;
    virtual Result<SearchChanges> changes_since(std::int64_t change) = 0;
    // Visits every recommendation in id order, a batch at a time, without holding them all.
    virtual Status for_each_document(const std::function<void(SearchDocument&&)>& visit) = 0;
    // The documents of these ids that still exist, in id order.
    virtual Result<std::vector<SearchDocument>> documents(const std::vector<std::int64_t>& ids) = 0;
};

}  // namespace rectrack

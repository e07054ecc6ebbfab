#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"
#include "search/search_index.hpp"

namespace rectrack {

// Statistics by recommending state, regional group, issue, action category, progress status or any other
// facet: recommendations and positions per value, over what the words and filters of scope select.
class ComputeBreakdown {
 public:
    ComputeBreakdown(Store& store, SearchIndex& index) : store_(store), index_(index) {}
    Result<std::vector<BreakdownRow>> run(const std::string& by, const SearchQuery& scope);

 private:
    Store& store_;
    SearchIndex& index_;
};

}  // namespace rectrack

#pragma once

#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

class ListReviews {
 public:
    explicit ListReviews(Store& store) : store_(store) {}
    Result<std::vector<Review>> run() { return store_.reviews().list(); }

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Every plan, oldest first.
class ListPlans {
 public:
    explicit ListPlans(Store& store) : store_(store) {}
    Result<std::vector<Plan>> run() { return store_.plans().list(); }

 private:
    Store& store_;
};

}  // namespace rectrack

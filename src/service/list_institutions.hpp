#pragma once

#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Every institution by code, merged ones included (they keep their history).
class ListInstitutions {
 public:
    explicit ListInstitutions(Store& store) : store_(store) {}
    Result<std::vector<Institution>> run() { return store_.institutions().list(); }

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <map>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// The lead institution id of each recommendation of a review under the plans that follow it, directly or
// through its cluster; the earliest assignment wins when several plans assign one recommendation.
Result<std::map<std::int64_t, std::int64_t>> lead_institutions(Store& store, std::int64_t review_id);

}  // namespace rectrack

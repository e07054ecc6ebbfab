#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/result.hpp"

namespace rectrack {

// --filter name=value arguments as (facet, value) pairs; state names in any spelling become codes.
Result<std::vector<std::pair<std::string, std::string>>> parse_filter_arguments(
    const std::vector<std::string>& arguments);

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rectrack {

// A master plan or national action plan adopted to implement recommendations.
struct Plan {
    std::int64_t id = 0;
    std::string name;
    std::string decision_number;  // e.g. the Prime Minister's decision adopting it
    std::string decision_date;    // ISO 8601
    std::string period_start;
    std::string period_end;
    std::vector<std::int64_t> review_ids;  // the reviews it follows up
    std::int64_t version = 0;
};

}  // namespace rectrack

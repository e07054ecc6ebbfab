#pragma once

#include <cstdint>
#include <string>

namespace rectrack {

// One examination of one state by one mechanism: a UPR session, or a treaty body's periodic report.
struct Review {
    std::int64_t id = 0;
    std::string state_code;  // ISO alpha-3 of the state under review
    std::string mechanism = "UPR";
    int cycle = 0;
    int session = 0;            // UPR working-group session; 0 when unknown
    std::string dialogue_date;  // ISO 8601 dates, empty when unknown
    std::string adoption_date;
    std::string document_symbol;  // e.g. A/HRC/26/6

    friend bool operator==(const Review&, const Review&) = default;
};

}  // namespace rectrack

#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>

#include "domain/progress_update.hpp"

namespace rectrack {

// How many recommendations stand at each implementation status.
struct StatusCounts {
    static constexpr std::size_t status_count = 6;
    std::array<std::int64_t, status_count> by_status{};  // indexed by ImplementationStatus
    std::int64_t total = 0;

    void add(ImplementationStatus status) {
        ++by_status.at(static_cast<std::size_t>(status));
        ++total;
    }
    [[nodiscard]] std::int64_t count(ImplementationStatus status) const {
        return by_status.at(static_cast<std::size_t>(status));
    }
};

// A review's follow-up on one date: each supported or assigned recommendation counted at the status of its
// latest accepted progress update dated on or before that date (not started when it has none).
struct ProgressSnapshot {
    std::int64_t review_id = 0;
    std::string as_of;  // YYYY-MM-DD
    StatusCounts overall;
    std::int64_t reported = 0;                           // recommendations with an accepted update by then
    std::map<std::string, StatusCounts> by_institution;  // lead institution code; "" for unassigned ones
    std::map<std::string, StatusCounts> by_issue;        // issue label
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rectrack {

struct IndicatorValue {
    std::string date;  // ISO 8601
    double value = 0;

    friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

// A measure of a plan's progress: baseline, target and dated measurements.
struct Indicator {
    std::int64_t id = 0;
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> assignment_id;
    std::string definition;
    std::string unit;
    double baseline = 0;
    double target = 0;
    std::vector<IndicatorValue> values;
    std::int64_t version = 0;
};

}  // namespace rectrack

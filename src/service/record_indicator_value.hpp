#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Records an indicator's measured value on a date (replacing a value of the same date), on the indicator
// saved at expected_version (absent: the version just read).
class RecordIndicatorValue {
 public:
    explicit RecordIndicatorValue(Store& store) : store_(store) {}
    Result<Indicator> run(const Actor& actor, std::int64_t indicator_id, std::optional<std::int64_t> expected_version,
                          const IndicatorValue& value);

 private:
    Store& store_;
};

}  // namespace rectrack

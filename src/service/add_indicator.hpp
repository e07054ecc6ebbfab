#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct NewIndicator {
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> assignment_id;
    std::string definition;
    std::string unit;
    double baseline = 0;
    double target = 0;
};

// Adds a measure of a plan's progress: definition, unit, baseline and target.
class AddIndicator {
 public:
    explicit AddIndicator(Store& store) : store_(store) {}
    Result<Indicator> run(const Actor& actor, const NewIndicator& request);

 private:
    Store& store_;
};

}  // namespace rectrack

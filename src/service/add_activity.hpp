#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct NewActivity {
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> assignment_id;  // of the same plan
    std::string title;
    std::string owner_code;  // empty: the assignment's lead, or nobody yet
    std::string deadline;    // YYYY-MM-DD
    double budget = 0;
    std::string currency;
};

// Adds a concrete step to a plan, with its owner, deadline and budget.
class AddActivity {
 public:
    explicit AddActivity(Store& store) : store_(store) {}
    Result<Activity> run(const Actor& actor, const NewActivity& request);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// The fields to change; absent ones stay as they are.
struct ActivityChanges {
    std::optional<std::string> title;
    std::optional<std::string> owner_code;
    std::optional<std::string> deadline;
    std::optional<double> budget;
    std::optional<std::string> currency;
    std::optional<ActivityStatus> status;
};

// Edits an activity saved at expected_version (absent: the version just read); a stale version is a conflict.
class UpdateActivity {
 public:
    explicit UpdateActivity(Store& store) : store_(store) {}
    Result<Activity> run(const Actor& actor, std::int64_t id, std::optional<std::int64_t> expected_version,
                         const ActivityChanges& changes);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rectrack {

enum class ActivityStatus { planned, in_progress, done, cancelled };

std::string_view to_string(ActivityStatus status);
std::optional<ActivityStatus> activity_status_from_string(std::string_view text);

// A concrete step of a plan, with an owner and a deadline.
struct Activity {
    std::int64_t id = 0;
    std::int64_t plan_id = 0;
    std::optional<std::int64_t> assignment_id;
    std::string title;
    std::optional<std::int64_t> owner_institution_id;
    std::string deadline;  // ISO 8601
    double budget = 0;
    std::string currency;
    ActivityStatus status = ActivityStatus::planned;
    std::int64_t version = 0;
};

}  // namespace rectrack

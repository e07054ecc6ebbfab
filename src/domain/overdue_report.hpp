#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/activity.hpp"

namespace rectrack {

struct OverdueActivity {
    Activity activity;
    std::int64_t days_late = 0;
};

// A recommendation an institution leads on which it has reported nothing for too long.
struct SilentAssignment {
    std::int64_t plan_id = 0;
    std::int64_t assignment_id = 0;
    std::int64_t recommendation_id = 0;
    std::string paragraph;
    std::string last_update;  // YYYY-MM-DD of its latest update, empty when it never reported
    std::int64_t days_silent = 0;
};

struct InstitutionOverdue {
    std::vector<OverdueActivity> activities;
    std::vector<SilentAssignment> silent;
};

// Per institution code ("" for activities without an owner), as of a date.
struct OverdueReport {
    std::string as_of;
    std::int64_t days = 0;
    std::map<std::string, InstitutionOverdue> institutions;
};

}  // namespace rectrack

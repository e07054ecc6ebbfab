#include "domain/activity.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names =
    enum_names(std::pair{ActivityStatus::planned, "planned"}, std::pair{ActivityStatus::in_progress, "in_progress"},
               std::pair{ActivityStatus::done, "done"}, std::pair{ActivityStatus::cancelled, "cancelled"});
}

std::string_view to_string(ActivityStatus status) { return names.name(status); }
std::optional<ActivityStatus> activity_status_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack

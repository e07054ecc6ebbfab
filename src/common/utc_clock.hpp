#pragma once

#include <string>

namespace rectrack {

// The current time as ISO 8601 UTC with seconds, e.g. 2024-05-07T09:30:00Z.
std::string utc_now_iso8601();

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace rectrack {

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);
// plan.bad_date naming the field when text is neither empty (when allowed) nor a YYYY-MM-DD date.
Status check_date(std::string_view field, std::string_view text, bool may_be_empty);
// Today's date in UTC, YYYY-MM-DD.
std::string utc_today();
// The date days before the given YYYY-MM-DD date.
std::string days_before(std::string_view date, int days);

// Whole days from one YYYY-MM-DD date to a later one (negative when earlier); 0 when either is no date.
std::int64_t days_between(std::string_view from, std::string_view to);

}  // namespace rectrack

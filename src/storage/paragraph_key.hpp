#pragma once

#include <string>
#include <string_view>

namespace rectrack {

// A key whose byte order is the natural order of paragraph numbers: 143.2 < 143.10 < 144.1.
// Each run of digits becomes its length (two digits) then the digits without leading zeros.
std::string paragraph_key(std::string_view paragraph);

}  // namespace rectrack

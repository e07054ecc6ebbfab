#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// The words of a text for comparison: case, accents, punctuation and spacing do not matter.
// "Viet Nam's  Constitution," gives {"viet", "nam", "s", "constitution"}.
std::vector<std::string> word_tokens(std::string_view text);

}  // namespace rectrack

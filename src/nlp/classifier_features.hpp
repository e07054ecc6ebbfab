#pragma once

#include <string>
#include <string_view>

namespace rectrack {

// A recommendation text as the classifiers read it: its words, folded, then two features naming the
// first verb and the first two words of the request. UPR Info's action category follows the first
// verb ("Continue to" is 2, "Consider" 3, "Ratify" 5), which a bag of words alone weighs too little.
std::string classifier_features(std::string_view text);

}  // namespace rectrack

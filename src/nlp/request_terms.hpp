#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// What a recommendation asks for, as terms to compare: words folded and cut to their first five
// letters (ratify, ratifying and ratification meet), treaty names written out replaced by their
// acronym ("Convention against Torture ..." is "cat"), and the words every request shares
// (ensure, continue, efforts, promptly, the, to) left out.
std::vector<std::string> request_terms(std::string_view text);

}  // namespace rectrack

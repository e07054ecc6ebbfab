#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "search/search_query.hpp"

namespace rectrack {

// The passage of text with the most query words in a window of about `window` words, the words marked;
// empty when the text holds none of them.
std::string make_snippet(std::string_view text, const std::unordered_set<std::string>& terms, const SnippetMarks& marks,
                         std::size_t window = 32);
// The beginning of a text, cut at a word, for hits matched by filters or other texts alone.
std::string text_opening(std::string_view text, const SnippetMarks& marks, std::size_t window = 32);

}  // namespace rectrack

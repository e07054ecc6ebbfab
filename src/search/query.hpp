#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rectrack {

// A parsed search query. Words and phrases hold index terms (folded and stemmed); prefixes hold the
// folded beginning typed before '*'.
struct QueryNode {
    enum class Kind { term, prefix, phrase, all_of, any_of, exclude };

    Kind kind = Kind::term;
    std::string term;                 // term, prefix
    std::vector<std::string> terms;   // phrase, in order
    std::vector<QueryNode> children;  // all_of, any_of; exclude has one
    std::size_t position = 0;         // 1-based byte position in the query, for messages
};

}  // namespace rectrack

#pragma once

#include <string_view>

#include "common/result.hpp"
#include "search/query.hpp"

namespace rectrack {

// Reads the query language: words (all required), "exact phrases", OR, AND, NOT or -word, prefix*, and
// parentheses. Mistakes are invalid_input errors naming the position: an unclosed quote or parenthesis,
// an operator with nothing to apply to, a query too long or with too many words.
class QueryParser {
 public:
    static constexpr std::size_t max_bytes = 2000;
    static constexpr std::size_t max_words = 64;
    static constexpr std::size_t max_depth = 16;
    static constexpr std::size_t min_prefix = 2;

    static Result<QueryNode> parse(std::string_view query);
};

}  // namespace rectrack

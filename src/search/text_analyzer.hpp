#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// A word of a text: the term it is indexed under and where it stands in the original bytes.
struct Token {
    std::string term;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// Turns text into search terms the same way for documents and queries: words split on anything that is
// not a letter, digit or mark; case folded; diacritics stripped ("quyền" -> "quyen", "đ" -> "d",
// "élection" -> "election"); English words reduced to their Snowball stem ("ratified" -> "ratifi").
class TextAnalyzer {
 public:
    static std::vector<Token> tokens(std::string_view text);
    // The term of one word typed by a user; empty when it holds no letter or digit.
    static std::string term(std::string_view word);
    // Case folded and diacritics stripped, without stemming: what a prefix is matched against.
    static std::string fold(std::string_view word);
};

}  // namespace rectrack

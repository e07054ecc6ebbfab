#include "storage/paragraph_key.hpp"

#include <cstddef>

namespace rectrack {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::string paragraph_key(std::string_view paragraph) {
    std::string key;
    key.reserve(paragraph.size() + 8);
    std::size_t i = 0;
    while (i < paragraph.size()) {
        if (!is_digit(paragraph[i])) {
            key.push_back(paragraph[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < paragraph.size() && is_digit(paragraph[end])) ++end;
        std::size_t start = i;
        while (start + 1 < end && paragraph[start] == '0') ++start;
        const std::size_t length = end - start;
        // Two length digits cover numbers of up to 99 digits; longer runs only need to sort after them.
        const std::size_t shown = length > 99 ? 99 : length;
        key.push_back(static_cast<char>('0' + shown / 10));
        key.push_back(static_cast<char>('0' + shown % 10));
        key.append(paragraph.substr(start, length));
        i = end;
    }
    return key;
}

}  // namespace rectrack

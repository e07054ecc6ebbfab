#include "nlp/word_tokens.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace rectrack {

namespace {

// Decomposed, case-folded and without combining marks, so that "Việt" and "VIET" compare equal.
std::string fold(std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_COMPAT | UTF8PROC_IGNORE);
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    if (length < 0) return std::string(text);
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    return {reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length)};
}

bool is_word_character(utf8proc_int32_t codepoint) {
    switch (utf8proc_category(codepoint)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_ND: return true;
        default: return false;
    }
}

}  // namespace

std::vector<std::string> word_tokens(std::string_view text) {
    const std::string folded = fold(text);
    std::vector<std::string> words;
    std::string word;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
    auto remaining = static_cast<utf8proc_ssize_t>(folded.size());
    while (remaining > 0) {
        utf8proc_int32_t codepoint = 0;
        const auto read = utf8proc_iterate(bytes, remaining, &codepoint);
        const auto length = read > 0 ? read : 1;  // an invalid byte separates words
        if (read > 0 && is_word_character(codepoint)) {
            word.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
        bytes += length;
        remaining -= length;
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

}  // namespace rectrack

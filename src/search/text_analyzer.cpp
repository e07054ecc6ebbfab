#include "search/text_analyzer.hpp"

#include <libstemmer.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace rectrack {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// Snowball stemmers keep state between calls, so each thread has its own.
sb_stemmer& english_stemmer() {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    return *stemmer;
}

bool is_word_codepoint(utf8proc_int32_t codepoint) {
    switch (utf8proc_category(codepoint)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO: return true;
        default: return false;
    }
}

bool is_ascii(std::string_view word) {
    for (const char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// Letters that carry no combining mark to strip but that speakers type without their stroke.
void replace_stroked_letters(std::string& word) {
    struct Replacement {
        std::string_view from;
        std::string_view to;
    };
    static constexpr Replacement replacements[] = {{"\xC4\x91", "d"}, {"\xC5\x93", "oe"}, {"\xC3\xA6", "ae"},
                                                   {"\xC3\xB8", "o"}, {"\xC5\x82", "l"},  {"\xC4\xB1", "i"}};
    for (const auto& [from, to] : replacements) {
        for (auto at = word.find(from); at != std::string::npos; at = word.find(from, at + to.size())) {
            word.replace(at, from.size(), to);
        }
    }
}

std::string fold_word(std::string_view word) {
    if (is_ascii(word)) {
        std::string folded(word);
        for (char& c : folded) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        return folded;
    }
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                     static_cast<utf8proc_ssize_t>(word.size()), &mapped, options);
    if (length < 0) return {};
    std::string folded(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
    std::free(mapped);  // NOLINT(cppcoreguidelines-no-malloc): utf8proc allocates with malloc
    replace_stroked_letters(folded);
    return folded;
}

std::string stem(std::string folded) {
    if (folded.empty() || !is_ascii(folded)) return folded;
    auto& stemmer = english_stemmer();
    const sb_symbol* stemmed =
        sb_stemmer_stem(&stemmer, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
    if (stemmed == nullptr) return folded;
    std::string term(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(&stemmer)));
    // Porter2 leaves "ratify" as "ratifi" but "ratification" as "ratif": -ify verbs meet their -ification nouns.
    if (term.size() > 4 && term.ends_with("ifi")) term.pop_back();
    return term;
}

}  // namespace

std::vector<Token> TextAnalyzer::tokens(std::string_view text) {
    std::vector<Token> tokens;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t at = 0;
    utf8proc_ssize_t word_begin = -1;
    while (at <= size) {
        utf8proc_int32_t codepoint = -1;
        utf8proc_ssize_t length = 1;
        if (at < size) {
            if (static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) < 0x80) {
                codepoint = static_cast<unsigned char>(text[static_cast<std::size_t>(at)]);
            } else {
                length = utf8proc_iterate(bytes + at, size - at, &codepoint);
                if (length < 1) length = 1;  // an invalid byte separates words
            }
        }
        const bool word_char = codepoint >= 0 && is_word_codepoint(codepoint);
        if (word_char && word_begin < 0) word_begin = at;
        if (!word_char && word_begin >= 0) {
            const std::string_view word =
                text.substr(static_cast<std::size_t>(word_begin), static_cast<std::size_t>(at - word_begin));
            std::string term = stem(fold_word(word));
            if (!term.empty()) {
                tokens.push_back(
                    {std::move(term), static_cast<std::uint32_t>(word_begin), static_cast<std::uint32_t>(at)});
            }
            word_begin = -1;
        }
        at += length;
    }
    return tokens;
}

std::string TextAnalyzer::term(std::string_view word) {
    auto tokens = TextAnalyzer::tokens(word);
    return tokens.empty() ? std::string{} : std::move(tokens.front().term);
}

std::string TextAnalyzer::fold(std::string_view word) { return fold_word(word); }

}  // namespace rectrack

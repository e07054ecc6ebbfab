#include "nlp/classifier_features.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "nlp/word_tokens.hpp"

namespace rectrack {

namespace {

// Words that may open a recommendation before its verb: "That the Government further ...", "(a) To ...".
constexpr std::array<std::string_view, 16> opening_words{"to",     "that", "the", "and",   "also",       "further",
                                                         "should", "it",   "be",  "state", "government", "a",
                                                         "b",      "c",    "d",   "its"};

bool is_opening_word(std::string_view word) {
    if (!word.empty() && word.front() >= '0' && word.front() <= '9') return true;
    return std::find(opening_words.begin(), opening_words.end(), word) != opening_words.end();
}

}  // namespace

std::string classifier_features(std::string_view text) {
    const auto words = word_tokens(text);
    std::string features;
    const auto is_request_word = [](const std::string& w) { return !is_opening_word(w); };
    const auto first = std::find_if(words.begin(), words.end(), is_request_word);
    if (first != words.end()) {
        features += "verb_" + *first + ' ';
        const auto second = std::find_if(first + 1, words.end(), is_request_word);
        if (second != words.end()) features += "lead_" + *first + '_' + *second + ' ';
    }
    for (const auto& word : words) {
        features += word;
        features += ' ';
    }
    if (!features.empty()) features.pop_back();
    return features;
}

}  // namespace rectrack

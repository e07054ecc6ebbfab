#include "nlp/request_terms.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <utility>

#include "nlp/word_tokens.hpp"

namespace rectrack {

namespace {

constexpr std::size_t stem_length = 5;

// Words that say how or how strongly, not what: they appear in requests for anything.
const std::unordered_set<std::string_view>& filler_words() {
    static const std::unordered_set<std::string_view> words{
        "a",          "an",       "the",       "to",           "of",         "and",         "or",          "in",
        "on",         "for",      "with",      "by",           "at",         "as",          "its",         "it",
        "their",      "all",      "any",       "this",         "that",       "these",       "those",       "from",
        "into",       "be",       "is",        "are",          "which",      "who",         "such",        "so",
        "other",      "also",     "further",   "particularly", "particular", "especially",  "including",   "possible",
        "soon",       "quickly",  "prompt",    "promptly",     "timely",     "speedy",      "swift",       "swiftly",
        "early",      "earliest", "necessary", "appropriate",  "measures",   "steps",       "step",        "take",
        "taking",     "efforts",  "effort",    "continue",     "ensure",     "consider",    "considering", "view",
        "thereto",    "thereof",  "well",      "relevant",     "country",    "state",       "government",  "national",
        "more",       "its",      "will",      "should",       "order",      "need",        "process",     "complete",
        "completing", "finalize", "finalise",  "possibility",  "aim",        "aiming",      "towards",     "toward",
        "up",         "speed",    "expedite",  "intensify",    "strengthen", "enhance",     "improve",     "pursue",
        "undertake",  "make",     "concrete",  "new",          "effective",  "effectively", "fully",       "full",
        "s",          "un",       "united",    "nations"};
    return words;
}

// Treaty names as the reports write them out, longest first; each becomes the acronym used elsewhere.
// An optional protocol is a treaty of its own: "Optional Protocol to ICESCR" is "op" + "icescr" as one term.
const std::vector<std::pair<std::vector<std::string>, std::string>>& treaty_names() {
    static const std::vector<std::pair<std::vector<std::string>, std::string>> names = [] {
        const std::array<std::pair<std::string_view, std::string_view>, 15> written{{
            {"convention against torture and other cruel inhuman or degrading treatment or punishment", "cat"},
            {"convention against torture and other cruel inhuman or degrading treatment", "cat"},
            {"convention against torture", "cat"},
            {"international covenant on civil and political rights", "iccpr"},
            {"international covenant on economic social and cultural rights", "icescr"},
            {"convention on the elimination of all forms of discrimination against women", "cedaw"},
            {"international convention on the elimination of all forms of racial discrimination", "icerd"},
            {"convention on the elimination of all forms of racial discrimination", "icerd"},
            {"convention on the rights of persons with disabilities", "crpd"},
            {"convention on the rights of the child", "crc"},
            {"international convention on the protection of the rights of all migrant workers and members of their "
             "families",
             "icrmw"},
            {"convention on the protection of the rights of all migrant workers and members of their families",
             "icrmw"},
            {"international convention for the protection of all persons from enforced disappearance", "cped"},
            {"rome statute of the international criminal court", "icc"},
            {"rome statute", "icc"},
        }};
        std::vector<std::pair<std::vector<std::string>, std::string>> parsed;
        parsed.reserve(written.size());
        for (const auto& [name, acronym] : written) parsed.emplace_back(word_tokens(name), std::string(acronym));
        return parsed;
    }();
    return names;
}

// Joining a treaty is asked for in many words; all of them mean the same request.
bool is_joining_word(std::string_view word) {
    return word.starts_with("ratif") || word.starts_with("acced") || word.starts_with("accession") ||
           word == "adhere" || word == "join";
}

bool matches_at(const std::vector<std::string>& words, std::size_t at, const std::vector<std::string>& name) {
    if (at + name.size() > words.size()) return false;
    return std::equal(name.begin(), name.end(), words.begin() + static_cast<std::ptrdiff_t>(at));
}

// Cut as every term is, so that "ICESCR" typed and the covenant written out meet.
std::string stem(const std::string& word) { return word.size() > stem_length ? word.substr(0, stem_length) : word; }

}  // namespace

std::vector<std::string> request_terms(std::string_view text) {
    const auto words = word_tokens(text);
    const auto& fillers = filler_words();
    // First pass: treaty names become their acronyms.
    std::vector<std::string> named;
    for (std::size_t i = 0; i < words.size();) {
        const auto treaty = std::find_if(treaty_names().begin(), treaty_names().end(),
                                         [&](const auto& entry) { return matches_at(words, i, entry.first); });
        if (treaty != treaty_names().end()) {
            named.push_back(treaty->second);
            i += treaty->first.size();
        } else {
            named.push_back(words[i++]);
        }
    }
    std::vector<std::string> terms;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const auto& word = named[i];
        if (word == "optional" && i + 1 < named.size() && named[i + 1] == "protocol") {
            // "Optional Protocol to [the] X" names X's protocol; "its Optional Protocol" a protocol of the treaty
            // named.
            std::size_t next = i + 2;
            while (next < named.size() && (named[next] == "to" || named[next] == "the")) ++next;
            const bool names_treaty = next > i + 2 && next < named.size();
            terms.push_back(names_treaty ? "op" + named[next] : "op");
            i = names_treaty ? next : i + 1;
            continue;
        }
        if (is_joining_word(word)) {
            terms.emplace_back("ratif");
            continue;
        }
        if (fillers.contains(word) || (word.size() == 1 && word[0] >= '0' && word[0] <= '9')) continue;
        terms.push_back(stem(word));
    }
    return terms;
}

}  // namespace rectrack

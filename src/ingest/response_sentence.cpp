#include "ingest/response_sentence.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>

namespace rectrack {

namespace {

const std::regex& phrase_pattern() {
    static const std::regex pattern(
        R"(\b(cannot |can not |does not |do not |did not |will not |is unable to |are unable to )?)"
        R"((partially |partly |fully )?)"
        R"((accept|support|reject|note|take note of|takes note of|took note of|taken note of)(s|ed|d)?\b)"
        R"(( (?:partially|partly|in part))?)"
        R"((( (?:the|these|this|those|following|all|both|remaining))* (?:recommendations?|Recs?\.)(?: ?:)?)?)",
        std::regex::icase);
    return pattern;
}

// "accepts 142 recommendations" counts recommendations; it names none.
bool is_count(std::string_view after) {
    static const std::regex count(R"(^ ?\d+ (?:recommendations|of the))", std::regex::icase);
    return std::regex_search(after.begin(), after.end(), count);
}

// Without "recommendation(s)" only a dotted number is a recommendation's: "supported 3 projects" names none.
bool names_numbers(std::string_view after) {
    static const std::regex dotted(R"(^ ?\d+\.\d)");
    return std::regex_search(after.begin(), after.end(), dotted);
}

bool says_in_part(std::string_view after) {
    static const std::regex in_part(R"(^[\d.,\s\-–]*(?:in part|partially|partly)\b)", std::regex::icase);
    return std::regex_search(after.begin(), after.end(), in_part);
}

Position position_of(const std::smatch& match, std::string_view after) {
    auto verb = match[3].str();
    std::transform(verb.begin(), verb.end(), verb.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool negated = match[1].matched;
    const bool partial = match[2].matched && match[2].str().rfind("fully", 0) != 0;
    if (negated || verb == "reject" || verb.find("note") != std::string::npos) return Position::noted;
    if (partial || match[5].matched || says_in_part(after)) return Position::partially_supported;
    return Position::supported;
}

const std::regex& passive_pattern() {
    static const std::regex pattern(
        R"(\b(?:is|are|was|were|has been|have been) (not )?(partially |partly |fully )?(accepted|supported|noted|rejected)\b)",
        std::regex::icase);
    return pattern;
}

// Where the numbers a passive phrase speaks of start: after the last "recommendation(s)" of its sentence.
std::size_t passive_subject(std::string_view text, std::size_t phrase_start) {
    const auto sentence = text.substr(0, phrase_start).rfind(". ");
    const auto from = sentence == std::string_view::npos ? 0 : sentence + 2;
    static const std::regex subject(R"(\b(?:recommendations?|Recs?\.) ?(?=\d))", std::regex::icase);
    const std::string before(text.substr(from, phrase_start - from));
    std::size_t at = phrase_start;
    for (std::sregex_iterator it(before.begin(), before.end(), subject), end; it != end; ++it) {
        at = from + static_cast<std::size_t>(it->position() + it->length());
    }
    return at;
}

void add_passive_phrases(std::string_view text, std::vector<PositionPhrase>& phrases) {
    const std::string owned(text);
    for (std::sregex_iterator it(owned.begin(), owned.end(), passive_pattern()), end; it != end; ++it) {
        const auto& match = *it;
        auto verb = match[3].str();
        std::transform(verb.begin(), verb.end(), verb.begin(), [](unsigned char c) { return std::tolower(c); });
        const bool partial = match[2].matched && match[2].str().rfind("fully", 0) != 0;
        Position position = Position::supported;
        if (match[1].matched || verb == "noted" || verb == "rejected") {
            position = Position::noted;
        } else if (partial) {
            position = Position::partially_supported;
        }
        phrases.push_back(PositionPhrase{position, passive_subject(text, static_cast<std::size_t>(match.position()))});
    }
}

}  // namespace

std::vector<PositionPhrase> position_phrases(std::string_view text) {
    std::vector<PositionPhrase> phrases;
    const std::string owned(text);
    for (std::sregex_iterator it(owned.begin(), owned.end(), phrase_pattern()), end; it != end; ++it) {
        const auto& match = *it;
        const auto phrase_end = static_cast<std::size_t>(match.position() + match.length());
        const auto after = text.substr(phrase_end);
        const bool has_object = match[6].matched && match[6].length() > 0;
        if (!has_object && (!names_numbers(after) || is_count(after))) continue;
        if (has_object && is_count(after)) continue;
        phrases.push_back(PositionPhrase{position_of(match, after), phrase_end});
    }
    add_passive_phrases(text, phrases);
    return phrases;
}

}  // namespace rectrack

#include "nlp/text_matcher.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "nlp/word_tokens.hpp"

namespace rectrack {

namespace {

// A query that shares none of its rarest words with a target is not a version of it.
constexpr std::size_t rare_words_per_query = 5;
// A text whose states are none of the target's keeps this share of its text score: only the very same
// text still matches (UPR Info sometimes attributes a row to another state).
constexpr double state_mismatch_factor = 0.6;
// Coverage of the query and of the target count alike: UPR Info shortens texts, and a short
// generic text must not match every long one that contains its words.
constexpr double query_coverage_share = 0.5;

std::vector<std::string> distinct(std::vector<std::string> words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const auto& word : words) {
        if (!text.empty()) text.push_back(' ');
        text += word;
    }
    return text;
}

// 1 when the query's states are among the target's, or when either side does not know its states.
double state_agreement(const std::vector<std::string>& query, const std::vector<std::string>& target) {
    if (query.empty() || target.empty()) return 1.0;
    const auto shared = std::count_if(query.begin(), query.end(), [&](const std::string& state) {
        return std::find(target.begin(), target.end(), state) != target.end();
    });
    const double fraction = static_cast<double>(shared) / static_cast<double>(query.size());
    return state_mismatch_factor + (1.0 - state_mismatch_factor) * fraction;
}

struct Candidate {
    double score = 0;
    std::size_t query = 0;
    std::size_t target = 0;
};

}  // namespace

TextMatcher::TextMatcher(const std::vector<RecommendationText>& targets) : target_count_(targets.size()) {
    for (std::size_t t = 0; t < targets.size(); ++t) {
        for (const auto& word : distinct(word_tokens(targets[t].text))) {
            const auto [it, added] = vocabulary_.try_emplace(word, static_cast<std::uint32_t>(vocabulary_.size()));
            if (added) targets_with_word_.emplace_back();
            targets_with_word_[it->second].push_back(t);
        }
    }
    targets_.reserve(targets.size());
    for (const auto& target : targets) targets_.push_back(profile(target));
}

double TextMatcher::rarity(std::uint32_t word) const {
    return std::log(1.0 + static_cast<double>(target_count_) / static_cast<double>(targets_with_word_[word].size()));
}

double TextMatcher::unknown_word_rarity() const { return std::log(1.0 + static_cast<double>(target_count_)); }

TextMatcher::Profile TextMatcher::profile(const RecommendationText& text) const {
    Profile profile;
    const auto words = word_tokens(text.text);
    profile.wording = joined(words);
    for (const auto& word : distinct(words)) {
        const auto known = vocabulary_.find(word);
        if (known == vocabulary_.end()) {
            profile.weight += unknown_word_rarity();
            continue;
        }
        profile.words.push_back(known->second);
        profile.weight += rarity(known->second);
    }
    std::sort(profile.words.begin(), profile.words.end());
    profile.states = text.state_codes;
    return profile;
}

double TextMatcher::score(const Profile& query, const Profile& target) const {
    if (query.weight <= 0 || target.weight <= 0) return 0;
    double shared = 0;
    auto q = query.words.begin();
    auto t = target.words.begin();
    while (q != query.words.end() && t != target.words.end()) {
        if (*q < *t) {
            ++q;
        } else if (*t < *q) {
            ++t;
        } else {
            shared += rarity(*q);
            ++q;
            ++t;
        }
    }
    const double text =
        query_coverage_share * shared / query.weight + (1 - query_coverage_share) * shared / target.weight;
    return text * state_agreement(query.states, target.states);
}

double TextMatcher::score(const RecommendationText& query, std::size_t target) const {
    return score(profile(query), targets_.at(target));
}

std::vector<std::size_t> TextMatcher::candidates(const Profile& query) const {
    auto rarest = query.words;
    std::stable_sort(rarest.begin(), rarest.end(), [&](std::uint32_t a, std::uint32_t b) {
        return targets_with_word_[a].size() < targets_with_word_[b].size();
    });
    if (rarest.size() > rare_words_per_query) rarest.resize(rare_words_per_query);
    std::vector<std::size_t> found;
    for (const auto word : rarest) {
        found.insert(found.end(), targets_with_word_[word].begin(), targets_with_word_[word].end());
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::vector<std::optional<std::size_t>> TextMatcher::assign(const std::vector<RecommendationText>& queries) const {
    std::vector<Profile> profiles;
    profiles.reserve(queries.size());
    for (const auto& query : queries) profiles.push_back(profile(query));
    std::vector<Candidate> pairs;
    for (std::size_t q = 0; q < profiles.size(); ++q) {
        for (const auto t : candidates(profiles[q])) {
            const double s = score(profiles[q], targets_[t]);
            if (s >= minimum_score) pairs.push_back(Candidate{s, q, t});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(b.score, a.query, a.target) < std::tie(a.score, b.query, b.target);
    });
    std::vector<std::optional<std::size_t>> assigned(queries.size());
    std::vector<std::optional<std::size_t>> first_holder(targets_.size());
    for (const auto& pair : pairs) {
        if (assigned[pair.query]) continue;
        const auto& holder = first_holder[pair.target];
        if (holder && profiles[*holder].wording != profiles[pair.query].wording) continue;
        assigned[pair.query] = pair.target;
        if (!holder) first_holder[pair.target] = pair.query;
    }
    return assigned;
}

}  // namespace rectrack

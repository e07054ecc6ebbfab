#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/recommendation.hpp"

namespace rectrack {

// Finds which of a review's paragraph texts each edited copy of a text (a UPR Info row) is a version of:
// shared words weighted by rarity among the paragraph texts, and the recommending states as a strong signal.
class TextMatcher {
 public:
    // Below this score a query is a version of no target.
    static constexpr double minimum_score = 0.6;

    explicit TextMatcher(const std::vector<RecommendationText>& targets);

    // How surely query is a version of targets[target], from 0 to 1.
    [[nodiscard]] double score(const RecommendationText& query, std::size_t target) const;
    // The target each query is a version of, or none, best scores first; two queries share a target only
    // when their own texts are the same words.
    [[nodiscard]] std::vector<std::optional<std::size_t>> assign(const std::vector<RecommendationText>& queries) const;

 private:
    // A text reduced to what the score reads.
    struct Profile {
        std::vector<std::uint32_t> words;  // distinct known word ids, sorted
        double weight = 0;                 // of every distinct word, known or not
        std::vector<std::string> states;
        std::string wording;  // the words joined, to tell texts that are the same apart
    };

    [[nodiscard]] Profile profile(const RecommendationText& text) const;
    [[nodiscard]] double rarity(std::uint32_t word) const;
    [[nodiscard]] double unknown_word_rarity() const;
    [[nodiscard]] double score(const Profile& query, const Profile& target) const;
    // The targets sharing one of the query's rarest words: the only ones worth scoring.
    [[nodiscard]] std::vector<std::size_t> candidates(const Profile& query) const;

    std::unordered_map<std::string, std::uint32_t> vocabulary_;
    std::vector<std::vector<std::size_t>> targets_with_word_;  // by word id
    std::size_t target_count_ = 0;
    std::vector<Profile> targets_;
};

}  // namespace rectrack

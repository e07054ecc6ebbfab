#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rectrack {

// A group of texts that ask for the same thing.
struct TextCluster {
    std::vector<std::size_t> members;  // indexes into the clustered texts, ascending
    std::size_t representative = 0;    // the member most like the others
    std::string label;                 // its text, shortened
};

// A text of an earlier review that the given one repeats.
struct TextMatch {
    std::size_t index = 0;  // into the earlier texts
    double similarity = 0;
};

// Groups texts by what they ask for: terms weighted by rarity (inverse document frequency), compared
// by cosine, joined by average linkage while two groups are on average at least similarity_threshold
// alike. Average linkage keeps "Ratify CRPD, CAT, CPED and ICRMW" from chaining every ratification
// request into one group.
class TextClusterer {
 public:
    static constexpr double similarity_threshold = 0.45;
    static constexpr double predecessor_threshold = 0.55;

    // Every group of two or more texts; a text like no other belongs to none.
    [[nodiscard]] static std::vector<TextCluster> cluster(const std::vector<std::string>& texts,
                                                          double threshold = similarity_threshold);
    // For each text, the earlier texts it is most like (at most limit, at least predecessor_threshold alike).
    [[nodiscard]] static std::vector<std::vector<TextMatch>> predecessors(const std::vector<std::string>& texts,
                                                                          const std::vector<std::string>& earlier,
                                                                          std::size_t limit);
};

// A label for a group: the text, cut at a word boundary after at most max_length bytes.
std::string short_label(const std::string& text, std::size_t max_length = 90);

}  // namespace rectrack

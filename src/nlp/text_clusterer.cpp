#include "nlp/text_clusterer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>

#include "nlp/request_terms.hpp"

namespace rectrack {

namespace {

// A text as unit-length weights of its distinct terms, sorted by term id.
using TermVector = std::vector<std::pair<std::uint32_t, float>>;

std::vector<TermVector> term_vectors(const std::vector<const std::string*>& texts) {
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::vector<std::pair<std::uint32_t, int>>> counts(texts.size());
    std::vector<int> document_frequency;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        std::unordered_map<std::uint32_t, int> in_text;
        for (auto& term : request_terms(*texts[t])) {
            const auto [it, inserted] = ids.try_emplace(std::move(term), static_cast<std::uint32_t>(ids.size()));
            if (inserted) document_frequency.push_back(0);
            if (in_text[it->second]++ == 0) ++document_frequency[it->second];
        }
        counts[t].assign(in_text.begin(), in_text.end());
        std::sort(counts[t].begin(), counts[t].end());
    }
    const auto n = static_cast<double>(texts.size());
    std::vector<TermVector> vectors(texts.size());
    for (std::size_t t = 0; t < texts.size(); ++t) {
        double norm = 0;
        for (const auto& [term, occurrences] : counts[t]) {
            (void)occurrences;
            // Presence, not count: a paragraph merging three versions of one request asks it once.
            const double weight = std::log((n + 1.0) / (document_frequency[term] + 1.0)) + 1.0;
            vectors[t].emplace_back(term, static_cast<float>(weight));
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (auto& entry : vectors[t]) entry.second = static_cast<float>(entry.second / norm);
    }
    return vectors;
}

double cosine(const TermVector& a, const TermVector& b) {
    double dot = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += static_cast<double>(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return dot;
}

// The member most like the others, the shorter text on a tie: it reads as what the group asks.
std::size_t medoid(const std::vector<std::size_t>& members, const std::vector<float>& similarity, std::size_t n,
                   const std::vector<const std::string*>& texts) {
    std::size_t best = members.front();
    double best_score = -1;
    for (const auto a : members) {
        double score = 0;
        for (const auto b : members) score += similarity[a * n + b];
        if (score > best_score + 1e-9 ||
            (std::abs(score - best_score) <= 1e-9 && texts[a]->size() < texts[best]->size())) {
            best = a;
            best_score = score;
        }
    }
    return best;
}

}  // namespace

std::string short_label(const std::string& text, std::size_t max_length) {
    if (text.size() <= max_length) return text;
    auto cut = text.rfind(' ', max_length);
    if (cut == std::string::npos || cut < max_length / 2) cut = max_length;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a UTF-8 character
    std::string label = text.substr(0, cut);
    while (!label.empty() && (label.back() == ',' || label.back() == ';' || label.back() == ' ')) label.pop_back();
    return label + "…";
}

std::vector<TextCluster> TextClusterer::cluster(const std::vector<std::string>& texts, double threshold) {
    const std::size_t n = texts.size();
    std::vector<const std::string*> views;
    views.reserve(n);
    for (const auto& text : texts) views.push_back(&text);
    const auto vectors = term_vectors(views);
    std::vector<float> similarity(n * n, 0.0F);
    for (std::size_t a = 0; a < n; ++a) {
        similarity[a * n + a] = 1.0F;
        for (std::size_t b = a + 1; b < n; ++b) {
            const auto s = static_cast<float>(cosine(vectors[a], vectors[b]));
            similarity[a * n + b] = s;
            similarity[b * n + a] = s;
        }
    }
    // Average linkage: group similarities are kept in a second matrix updated as groups join.
    std::vector<float> linkage = similarity;
    std::vector<std::vector<std::size_t>> groups(n);
    for (std::size_t i = 0; i < n; ++i) groups[i] = {i};
    std::vector<std::size_t> active(n);
    std::iota(active.begin(), active.end(), 0);
    while (active.size() > 1) {
        auto best = static_cast<float>(threshold);
        std::size_t best_a = n;
        std::size_t best_b = n;
        for (std::size_t x = 0; x < active.size(); ++x) {
            for (std::size_t y = x + 1; y < active.size(); ++y) {
                const float s = linkage[active[x] * n + active[y]];
                if (s >= best) {
                    best = s;
                    best_a = x;
                    best_b = y;
                }
            }
        }
        if (best_a == n) break;
        const std::size_t a = active[best_a];
        const std::size_t b = active[best_b];
        const auto size_a = static_cast<float>(groups[a].size());
        const auto size_b = static_cast<float>(groups[b].size());
        for (const auto c : active) {
            if (c == a || c == b) continue;
            const float joined = (size_a * linkage[a * n + c] + size_b * linkage[b * n + c]) / (size_a + size_b);
            linkage[a * n + c] = joined;
            linkage[c * n + a] = joined;
        }
        groups[a].insert(groups[a].end(), groups[b].begin(), groups[b].end());
        groups[b].clear();
        active.erase(active.begin() + static_cast<std::ptrdiff_t>(best_b));
    }
    std::vector<TextCluster> clusters;
    for (const auto g : active) {
        if (groups[g].size() < 2) continue;
        TextCluster cluster;
        cluster.members = groups[g];
        std::sort(cluster.members.begin(), cluster.members.end());
        cluster.representative = medoid(cluster.members, similarity, n, views);
        cluster.label = short_label(*views[cluster.representative]);
        clusters.push_back(std::move(cluster));
    }
    std::sort(clusters.begin(), clusters.end(),
              [](const TextCluster& x, const TextCluster& y) { return x.members.front() < y.members.front(); });
    return clusters;
}

std::vector<std::vector<TextMatch>> TextClusterer::predecessors(const std::vector<std::string>& texts,
                                                                const std::vector<std::string>& earlier,
                                                                std::size_t limit) {
    std::vector<const std::string*> views;
    views.reserve(texts.size() + earlier.size());
    for (const auto& text : texts) views.push_back(&text);
    for (const auto& text : earlier) views.push_back(&text);
    const auto vectors = term_vectors(views);
    std::vector<std::vector<TextMatch>> matches(texts.size());
    for (std::size_t t = 0; t < texts.size(); ++t) {
        for (std::size_t e = 0; e < earlier.size(); ++e) {
            const double s = cosine(vectors[t], vectors[texts.size() + e]);
            if (s >= predecessor_threshold) matches[t].push_back({e, s});
        }
        auto& found = matches[t];
        std::sort(found.begin(), found.end(), [](const TextMatch& x, const TextMatch& y) {
            return x.similarity != y.similarity ? x.similarity > y.similarity : x.index < y.index;
        });
        if (found.size() > limit) found.resize(limit);
    }
    return matches;
}

}  // namespace rectrack

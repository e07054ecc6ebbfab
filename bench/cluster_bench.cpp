// Clustering: speed over every review of the UPR Info exports (one item per data row, clustered review
// by review as `rectrack cluster` does), how often the texts the UN merged under one paragraph number
// land in one cluster, and precision on pairs judged by hand (bench/cluster_pairs.tsv).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "nlp/recommendation_classifier.hpp"
#include "nlp/text_clusterer.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

std::vector<rectrack::ImportBatch> parse_all(const std::vector<fs::path>& paths) {
    const auto parsers = rectrack::make_parsers(rectrack::StateNormaliser::builtin());
    std::vector<rectrack::ImportBatch> batches;
    for (const auto& path : paths) {
        if (!fs::exists(path)) {
            std::fprintf(stderr, "cluster_bench: %s is missing, left out\n", path.c_str());
            continue;
        }
        const rectrack::InputFile file{path.string(), read_bytes(path)};
        for (const auto& parser : parsers) {
            if (!parser->recognises(file)) continue;
            auto batch = parser->parse(file);
            if (batch.ok()) batches.push_back(std::move(batch.value()));
            break;
        }
    }
    return batches;
}

// Every text of a review as its own item, remembering the paragraph it came from.
struct Items {
    std::vector<std::string> texts;
    std::vector<std::string> paragraphs;
};

Items texts_of(const rectrack::ImportedReview& review) {
    Items items;
    for (const auto& recommendation : review.recommendations) {
        for (const auto& text : recommendation.texts) {
            // A UPR Info recommendation made by several states is that many data rows.
            const std::size_t copies = std::max<std::size_t>(1, text.state_codes.size());
            for (std::size_t i = 0; i < copies; ++i) {
                items.texts.push_back(text.text);
                items.paragraphs.push_back(recommendation.paragraph);
            }
        }
    }
    return items;
}

void speed(const fs::path& upr_info) {
    std::vector<fs::path> files;
    for (const char* name : {"1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "18-vietnam.csv"}) {
        files.push_back(upr_info / name);
    }
    const auto batches = parse_all(files);
    std::vector<std::vector<std::string>> reviews;
    std::size_t total = 0;
    std::size_t largest = 0;
    for (const auto& batch : batches) {
        for (const auto& review : batch.reviews) {
            reviews.push_back(texts_of(review).texts);
            total += reviews.back().size();
            largest = std::max(largest, reviews.back().size());
        }
    }
    std::size_t clusters = 0;
    const auto start = Clock::now();
    for (const auto& texts : reviews) clusters += rectrack::TextClusterer::cluster(texts).size();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf(
        "clustering speed: %zu recommendations (UPR Info data rows) in %zu reviews (largest %zu): %.1f s, "
        "%zu clusters; %.1f s per 40,000 (target <= 30 s)\n",
        total, reviews.size(), largest, seconds, clusters, seconds * 40000.0 / static_cast<double>(total));
}

// Paragraphs whose several texts all land in one cluster, over every report given.
void un_merges(const std::vector<fs::path>& reports, double threshold) {
    std::size_t merged = 0;
    std::size_t together = 0;
    for (const auto& batch : parse_all(reports)) {
        for (const auto& review : batch.reviews) {
            std::vector<std::string> texts;
            std::vector<std::size_t> owner;
            std::vector<std::size_t> sizes;
            for (std::size_t r = 0; r < review.recommendations.size(); ++r) {
                sizes.push_back(review.recommendations[r].texts.size());
                for (const auto& text : review.recommendations[r].texts) {
                    texts.push_back(text.text);
                    owner.push_back(r);
                }
            }
            std::vector<std::ptrdiff_t> cluster_of(texts.size(), -1);
            const auto clusters = rectrack::TextClusterer::cluster(texts, threshold);
            for (std::size_t c = 0; c < clusters.size(); ++c) {
                for (const auto member : clusters[c].members) cluster_of[member] = static_cast<std::ptrdiff_t>(c);
            }
            std::map<std::size_t, std::set<std::ptrdiff_t>> placed;
            for (std::size_t t = 0; t < texts.size(); ++t) {
                placed[owner[t]].insert(cluster_of[t] < 0 ? -1 - static_cast<std::ptrdiff_t>(t) : cluster_of[t]);
            }
            for (const auto& [r, where] : placed) {
                if (sizes[r] < 2) continue;
                ++merged;
                if (where.size() == 1) {
                    ++together;
                } else if (std::getenv("CLUSTER_BENCH_SHOW") != nullptr) {
                    std::fprintf(stderr, "apart: %s\n", review.recommendations[r].paragraph.c_str());
                    for (const auto& text : review.recommendations[r].texts)
                        std::fprintf(stderr, "   | %s\n", text.text.c_str());
                }
            }
        }
    }
    std::printf(
        "UN merges at similarity %.2f%s: %zu of %zu paragraphs holding several texts have all of them in one "
        "cluster: %.1f %% (target >= 90 %%)\n",
        threshold, threshold == rectrack::TextClusterer::similarity_threshold ? " (rectrack's)" : "", together, merged,
        merged > 0 ? 100.0 * static_cast<double>(together) / static_cast<double>(merged) : 0);
}

// Pairs of paragraphs of one report the clusterer put together, judged by hand: the share judged alike.
void hand_precision(const fs::path& pairs_file, const fs::path& un_docs) {
    std::ifstream in(pairs_file);
    std::map<std::string, std::map<std::string, std::ptrdiff_t>> cluster_by_report;
    std::size_t judged = 0;
    std::size_t together = 0;
    std::size_t right = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string report;
        std::string a;
        std::string b;
        std::string verdict;
        std::getline(fields, report, '\t');
        std::getline(fields, a, '\t');
        std::getline(fields, b, '\t');
        std::getline(fields, verdict, '\t');
        auto& clusters = cluster_by_report[report];
        if (clusters.empty()) {
            for (const auto& batch : parse_all({un_docs / report})) {
                for (const auto& review : batch.reviews) {
                    std::vector<std::string> texts;
                    for (const auto& recommendation : review.recommendations) {
                        texts.push_back(rectrack::recommendation_text(recommendation));
                        clusters[recommendation.paragraph] = -1;
                    }
                    const auto found = rectrack::TextClusterer::cluster(texts);
                    for (std::size_t c = 0; c < found.size(); ++c) {
                        for (const auto m : found[c].members) {
                            clusters[review.recommendations[m].paragraph] = static_cast<std::ptrdiff_t>(c);
                        }
                    }
                }
            }
        }
        ++judged;
        if (!clusters.contains(a) || !clusters.contains(b) || clusters[a] < 0 || clusters[a] != clusters[b]) continue;
        ++together;
        if (verdict == "same") ++right;
    }
    std::printf(
        "hand-judged precision: %zu of %zu pairs clustered together ask for the same thing: %.1f %% (%zu pairs "
        "in %s)\n",
        right, together, together > 0 ? 100.0 * static_cast<double>(right) / static_cast<double>(together) : 0, judged,
        pairs_file.filename().c_str());
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path data = argc > 1 ? argv[1] : "../shared/data";
    const fs::path pairs = argc > 2 ? argv[2] : "bench/cluster_pairs.tsv";
    speed(data / "upr-info");
    const fs::path un_docs = data / "un-docs";
    const std::vector<fs::path> reports{un_docs / "vietnam/A_HRC_26_6_working_group_report.pdf",
                                        un_docs / "vietnam/A_HRC_12_11_working_group_report.pdf",
                                        un_docs / "slovenia/A_HRC_14_15_working_group_report.pdf",
                                        un_docs / "slovenia/A_HRC_28_15_working_group_report.pdf",
                                        un_docs / "slovenia/A_HRC_43_15_working_group_report.pdf",
                                        un_docs / "china/UPR17_matrix_of_recommendations.docx"};
    for (const double threshold : {0.2, 0.25, 0.3, 0.35, rectrack::TextClusterer::similarity_threshold}) {
        un_merges(reports, threshold);
    }
    hand_precision(pairs, un_docs);
    return 0;
}

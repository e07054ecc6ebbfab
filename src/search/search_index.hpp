#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"
#include "domain/search_feed.hpp"
#include "domain/state_directory.hpp"
#include "search/facet.hpp"
#include "search/facet_column.hpp"
#include "search/match_iterator.hpp"
#include "search/posting_list.hpp"
#include "search/query.hpp"
#include "search/search_query.hpp"

namespace rectrack {

// The in-memory search index over every recommendation: an inverted index of the texts and translations
// ranked with BM25, and facet columns counted over the matches. It is built from the store and then
// catches up with the store's change log before answering, so writes of any process show in the next
// answer. Safe to share between threads: searches read together, catching up writes alone.
class SearchIndex {
 public:
    static constexpr std::size_t max_prefix_terms = 64;
    static constexpr std::int64_t max_window = 10000;  // offset + limit

    explicit SearchIndex(const StateDirectory& states) : states_(&states) {}

    // Reads every recommendation of the store, replacing what the index held.
    Status build(SearchFeed& feed);
    // Applies the changes the store logged since the index last looked (builds it the first time); cheap
    // when there are none: one indexed read of the newest change number.
    Status catch_up(SearchFeed& feed);

    [[nodiscard]] Result<SearchResult> search(const SearchQuery& query) const;
    // Recommendations of the matches per value of one facet, by position; most recommendations first.
    [[nodiscard]] Result<std::vector<BreakdownRow>> breakdown(Facet by, const SearchQuery& scope) const;

    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] std::size_t memory_bytes() const;

 private:
    struct StoredDocument {
        std::int64_t id = 0;
        std::int64_t review_id = 0;
        std::string paragraph;
        std::string paragraph_key;
        std::string text;          // the texts, one after the other
        std::string translation;   // the translations, one after the other
        std::uint32_t length = 0;  // in words
    };
    struct Filter {
        Facet facet;
        std::vector<std::uint32_t> values;
    };
    struct Plan {
        MatchIteratorPtr matches;
        std::vector<const TermIterator*> scorers;
        std::unordered_set<std::string> highlighted;
        std::vector<Filter> filters;
        bool ranked = false;
    };

    void clear();
    void add(SearchDocument&& document);
    void remove(std::int64_t id);
    [[nodiscard]] Result<Plan> plan(const SearchQuery& query) const;
    MatchIteratorPtr iterator_for(const QueryNode& node, bool scoring, Plan& plan) const;
    std::unique_ptr<TermIterator> term_iterator(const std::string& term) const;
    [[nodiscard]] bool passes(std::uint32_t doc, const std::vector<Filter>& filters) const;
    [[nodiscard]] double score(std::uint32_t doc, const Plan& plan, double bound_below) const;
    [[nodiscard]] SearchHit hit(std::uint32_t doc, const Plan& plan, const SnippetMarks& marks) const;
    [[nodiscard]] const std::string& single(Facet facet, std::uint32_t doc) const;

    const StateDirectory* states_;
    mutable std::shared_mutex mutex_;
    std::map<std::string, PostingList, std::less<>> terms_;
    std::vector<StoredDocument> documents_;
    std::vector<std::uint8_t> live_;
    std::unordered_map<std::int64_t, std::uint32_t> slot_of_;
    std::array<FacetColumn, facet_count> facets_;
    std::uint64_t live_length_ = 0;
    std::uint32_t live_count_ = 0;
    std::atomic<std::int64_t> applied_change_ = 0;
    std::atomic<bool> built_ = false;
};

}  // namespace rectrack

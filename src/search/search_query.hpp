#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rectrack {

// How matched words are marked in snippets: HTML <mark> for the API, brackets for a terminal.
struct SnippetMarks {
    std::string open = "<mark>";
    std::string close = "</mark>";
    bool escape_html = true;
};

// One search: words in the query language, facet filters (values of one facet are alternatives, different
// facets must all hold), the facets to count, an order and a page.
struct SearchQuery {
    std::string text;
    std::vector<std::pair<std::string, std::string>> filters;  // facet name, value
    std::vector<std::string> facets;
    std::string sort;  // relevance (the default with words) or paragraph (the default without)
    std::int64_t offset = 0;
    std::int64_t limit = 20;
    SnippetMarks marks;
};

struct SearchHit {
    std::int64_t id = 0;
    std::int64_t review_id = 0;
    std::string paragraph;
    std::string mechanism;
    std::string state_code;
    int cycle = 0;
    std::string kind;
    std::optional<std::string> position;
    std::vector<std::string> recommending_states;
    double score = 0;
    std::string snippet;
};

struct FacetValueCount {
    std::string value;
    std::int64_t count = 0;
};

struct FacetCounts {
    std::string facet;
    std::vector<FacetValueCount> values;  // most frequent first
};

struct SearchResult {
    std::int64_t total = 0;
    std::vector<SearchHit> hits;
    std::vector<FacetCounts> facets;
};

// The recommendations (voluntary pledges left out) of one facet value, by the state's position.
struct BreakdownRow {
    std::string value;
    std::int64_t recommendations = 0;
    std::int64_t supported = 0;
    std::int64_t noted = 0;
    std::int64_t partially_supported = 0;
    std::int64_t pending = 0;
    std::int64_t without_position = 0;

    [[nodiscard]] double acceptance_rate() const {
        return recommendations == 0 ? 0.0 : static_cast<double>(supported) / static_cast<double>(recommendations);
    }
};

}  // namespace rectrack

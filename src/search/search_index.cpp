#include "search/search_index.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <queue>

#include "search/query_parser.hpp"
#include "search/snippet.hpp"
#include "search/text_analyzer.hpp"

namespace rectrack {

namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
// Texts of one recommendation are apart in position so a phrase never spans two of them.
constexpr std::uint32_t text_gap = 16;
// BM25F-style weights: the recommendation's own words matter more than the names of its labels.
constexpr std::uint32_t text_weight = 2;
constexpr std::uint32_t label_weight = 1;
const std::string no_position = "none";

double term_weight(double idf, double frequency, double length, double average_length) {
    return idf * frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / average_length));
}

template <typename T>
void push_unique(std::vector<T>& values, T value) {
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

Facet label_facet(LabelKind kind) {
    switch (kind) {
        case LabelKind::issue: return Facet::issue;
        case LabelKind::theme: return Facet::theme;
        case LabelKind::sdg_target: return Facet::sdg;
        case LabelKind::affected_group: return Facet::affected_group;
        case LabelKind::action_category: return Facet::action_category;
    }
    return Facet::issue;
}

Error unknown_facet(std::string_view name) {
    return make_error(ErrorCode::invalid_input, "search.unknown_facet")
        .with("name", std::string(name.substr(0, 80)))
        .with("known", facet_names());
}

struct Ranked {
    double score = 0;
    std::uint32_t doc = 0;
};

}  // namespace

void SearchIndex::clear() {
    terms_.clear();
    documents_.clear();
    live_.clear();
    slot_of_.clear();
    facets_ = {};
    live_length_ = 0;
    live_count_ = 0;
}

Status SearchIndex::build(SearchFeed& feed) {
    std::unique_lock lock(mutex_);
    // The change number is read first: a write landing during the load is applied again by catch_up.
    auto last = feed.last_change();
    if (!last.ok()) return last.error();
    clear();
    RECTRACK_TRY(feed.for_each_document([&](SearchDocument&& document) { add(std::move(document)); }));
    for (auto& [term, postings] : terms_) postings.shrink_to_fit();
    applied_change_ = *last;
    built_ = true;
    return {};
}

Status SearchIndex::catch_up(SearchFeed& feed) {
    if (!built_) return build(feed);
    auto last = feed.last_change();
    if (!last.ok()) return last.error();
    if (*last <= applied_change_) return {};
    std::unique_lock lock(mutex_);
    if (*last <= applied_change_) return {};
    auto changes = feed.changes_since(applied_change_);
    if (!changes.ok()) return changes.error();
    auto documents = feed.documents(changes->recommendation_ids);
    if (!documents.ok()) return documents.error();
    for (const auto id : changes->recommendation_ids) remove(id);
    for (auto& document : *documents) add(std::move(document));
    applied_change_ = changes->last_change;
    // Replaced documents leave dead postings behind; past half the index a rebuild reclaims them.
    if (documents_.size() > 1000 && live_count_ * std::size_t{2} < documents_.size()) {
        lock.unlock();
        return build(feed);
    }
    return {};
}

void SearchIndex::remove(std::int64_t id) {
    auto it = slot_of_.find(id);
    if (it == slot_of_.end()) return;
    const std::uint32_t slot = it->second;
    live_[slot] = 0;
    --live_count_;
    live_length_ -= documents_[slot].length;
    slot_of_.erase(it);
}

void SearchIndex::add(SearchDocument&& d) {
    const auto slot = static_cast<std::uint32_t>(documents_.size());
    StoredDocument stored{d.id, d.review_id, std::move(d.paragraph), std::move(d.paragraph_key), {}, {}, 0};
    // Per term: positions, and the frequency BM25 reads, where a word of the texts counts twice a label's.
    struct Occurrences {
        std::vector<std::uint32_t> positions;
        std::uint32_t frequency = 0;
    };
    std::unordered_map<std::string, Occurrences> occurrences;
    std::uint32_t next_position = 0;
    std::uint32_t length = 0;
    const auto index_text = [&](const std::string& text, std::string& joined, std::uint32_t weight) {
        if (!joined.empty()) joined += " / ";
        joined += text;
        for (auto& token : TextAnalyzer::tokens(text)) {
            auto& entry = occurrences[std::move(token.term)];
            entry.positions.push_back(next_position++);
            entry.frequency += weight;
            length += weight;
        }
        next_position += text_gap;
    };
    for (const auto& text : d.texts) index_text(text.text, stored.text, text_weight);
    for (const auto& translation : d.translations) index_text(translation.text, stored.translation, text_weight);
    // Issue, theme and group names make a recommendation to ratify "CAT" findable as one about torture.
    std::string label_words;
    for (const auto& label : d.labels) {
        if (label.kind == LabelKind::issue || label.kind == LabelKind::theme ||
            label.kind == LabelKind::affected_group) {
            index_text(label.value, label_words, label_weight);
        }
    }
    stored.length = std::max<std::uint32_t>(length, 1);
    for (const auto& [term, entry] : occurrences) {
        auto found = terms_.find(term);
        if (found == terms_.end()) found = terms_.emplace(term, PostingList{}).first;
        found->second.add(slot, entry.positions, entry.frequency, stored.length);
    }

    std::array<std::vector<std::uint32_t>, facet_count> values;
    const auto put = [&](Facet facet, std::string_view value) {
        push_unique(values[static_cast<std::size_t>(facet)], facets_[static_cast<std::size_t>(facet)].intern(value));
    };
    put(Facet::mechanism, d.mechanism);
    put(Facet::state, d.state_code);
    put(Facet::review, std::to_string(d.review_id));
    put(Facet::cycle, std::to_string(d.cycle));
    put(Facet::position, d.position ? to_string(*d.position) : no_position);
    put(Facet::kind, to_string(d.kind));
    for (const auto& text : d.texts) {
        for (const auto& code : text.state_codes) {
            put(Facet::recommending_state, code);
            if (const State* state = states_->find_by_code(code)) put(Facet::regional_group, to_string(state->group));
        }
    }
    for (const auto& label : d.labels) put(label_facet(label.kind), label.value);
    for (const auto& institution : d.institutions) put(Facet::institution, institution);
    if (d.progress_status) put(Facet::progress_status, *d.progress_status);
    for (std::size_t f = 0; f < facet_count; ++f) facets_[f].append(values[f]);

    live_length_ += stored.length;
    ++live_count_;
    slot_of_[d.id] = slot;
    documents_.push_back(std::move(stored));
    live_.push_back(1);
}

std::size_t SearchIndex::size() const {
    std::shared_lock lock(mutex_);
    return live_count_;
}

std::size_t SearchIndex::memory_bytes() const {
    std::shared_lock lock(mutex_);
    std::size_t bytes = 0;
    for (const auto& [term, postings] : terms_) bytes += term.capacity() + postings.memory_bytes() + 64;
    for (const auto& d : documents_) {
        bytes += sizeof(d) + d.text.capacity() + d.translation.capacity() + d.paragraph.capacity() +
                 d.paragraph_key.capacity();
    }
    for (const auto& column : facets_) bytes += column.memory_bytes();
    return bytes;
}

std::unique_ptr<TermIterator> SearchIndex::term_iterator(const std::string& term) const {
    auto found = terms_.find(term);
    if (found == terms_.end()) return nullptr;
    const auto df = static_cast<double>(found->second.size());
    const double idf = std::log(1.0 + (static_cast<double>(live_count_) - df + 0.5) / (df + 0.5));
    return std::make_unique<TermIterator>(found->second, std::max(idf, 0.01));
}

MatchIteratorPtr SearchIndex::iterator_for(const QueryNode& node, bool scoring, Plan& plan) const {
    switch (node.kind) {
        case QueryNode::Kind::term: {
            auto term = term_iterator(node.term);
            if (!term) return std::make_unique<NothingIterator>();
            if (scoring) {
                plan.scorers.push_back(term.get());
                plan.highlighted.insert(node.term);
            }
            return term;
        }
        case QueryNode::Kind::prefix: {
            // The most frequent completions: a short prefix cannot turn into thousands of lists.
            std::vector<const std::string*> completions;
            for (auto it = terms_.lower_bound(node.term); it != terms_.end() && it->first.starts_with(node.term);
                 ++it) {
                completions.push_back(&it->first);
            }
            if (completions.size() > max_prefix_terms) {
                std::partial_sort(completions.begin(), completions.begin() + max_prefix_terms, completions.end(),
                                  [&](const std::string* a, const std::string* c) {
                                      return terms_.find(*a)->second.size() > terms_.find(*c)->second.size();
                                  });
                completions.resize(max_prefix_terms);
            }
            std::vector<MatchIteratorPtr> children;
            for (const auto* completion : completions) {
                auto term = term_iterator(*completion);
                if (scoring) {
                    plan.scorers.push_back(term.get());
                    plan.highlighted.insert(*completion);
                }
                children.push_back(std::move(term));
            }
            if (children.empty()) return std::make_unique<NothingIterator>();
            if (children.size() == 1) return std::move(children.front());
            return std::make_unique<AnyOfIterator>(std::move(children));
        }
        case QueryNode::Kind::phrase: {
            std::vector<std::unique_ptr<TermIterator>> terms;
            for (const auto& text : node.terms) {
                auto term = term_iterator(text);
                if (!term) return std::make_unique<NothingIterator>();
                terms.push_back(std::move(term));
            }
            auto phrase = std::make_unique<PhraseIterator>(std::move(terms));
            if (scoring) {
                for (const auto* term : phrase->terms()) plan.scorers.push_back(term);
                for (const auto& text : node.terms) plan.highlighted.insert(text);
            }
            return phrase;
        }
        case QueryNode::Kind::all_of: {
            std::vector<MatchIteratorPtr> included;
            std::vector<MatchIteratorPtr> excluded;
            for (const auto& child : node.children) {
                if (child.kind == QueryNode::Kind::exclude) {
                    excluded.push_back(iterator_for(child.children.front(), false, plan));
                } else {
                    included.push_back(iterator_for(child, scoring, plan));
                }
            }
            MatchIteratorPtr matches;
            if (included.empty()) {
                matches = std::make_unique<EveryIterator>(static_cast<std::uint32_t>(documents_.size()));
            } else if (included.size() == 1) {
                matches = std::move(included.front());
            } else {
                matches = std::make_unique<AllOfIterator>(std::move(included));
            }
            if (excluded.empty()) return matches;
            MatchIteratorPtr exclusion = excluded.size() == 1 ? std::move(excluded.front())
                                                              : std::make_unique<AnyOfIterator>(std::move(excluded));
            return std::make_unique<ExceptIterator>(std::move(matches), std::move(exclusion));
        }
        case QueryNode::Kind::any_of: {
            std::vector<MatchIteratorPtr> children;
            for (const auto& child : node.children) children.push_back(iterator_for(child, scoring, plan));
            return std::make_unique<AnyOfIterator>(std::move(children));
        }
        case QueryNode::Kind::exclude:
            return std::make_unique<ExceptIterator>(
                std::make_unique<EveryIterator>(static_cast<std::uint32_t>(documents_.size())),
                iterator_for(node.children.front(), false, plan));
    }
    return std::make_unique<NothingIterator>();
}

Result<SearchIndex::Plan> SearchIndex::plan(const SearchQuery& query) const {
    Plan plan;
    for (const auto& [name, value] : query.filters) {
        const auto facet = facet_from_string(name);
        if (!facet) return unknown_facet(name);
        const auto number = facets_[static_cast<std::size_t>(*facet)].find(value);
        auto existing = std::find_if(plan.filters.begin(), plan.filters.end(),
                                     [&](const Filter& filter) { return filter.facet == *facet; });
        if (existing == plan.filters.end()) {
            plan.filters.push_back({*facet, {}});
            existing = plan.filters.end() - 1;
        }
        // A value no document has keeps the filter, so it matches nothing.
        if (number) existing->values.push_back(*number);
    }
    for (const auto& name : query.facets) {
        if (!facet_from_string(name)) return unknown_facet(name);
    }
    if (query.text.empty()) {
        plan.matches = std::make_unique<EveryIterator>(static_cast<std::uint32_t>(documents_.size()));
        return plan;
    }
    auto parsed = QueryParser::parse(query.text);
    if (!parsed.ok()) return parsed.error();
    plan.matches = iterator_for(*parsed, true, plan);
    plan.ranked = !plan.scorers.empty();
    return plan;
}

bool SearchIndex::passes(std::uint32_t doc, const std::vector<Filter>& filters) const {
    for (const auto& filter : filters) {
        const auto values = facets_[static_cast<std::size_t>(filter.facet)].of(doc);
        const bool any = std::any_of(values.begin(), values.end(), [&](std::uint32_t value) {
            return std::find(filter.values.begin(), filter.values.end(), value) != filter.values.end();
        });
        if (!any) return false;
    }
    return true;
}

// BM25 over the query's words; returns early with the block-max bound when even that cannot beat
// bound_below, the score the document would have to exceed to enter the page.
double SearchIndex::score(std::uint32_t doc, const Plan& plan, double bound_below) const {
    const double average = live_count_ == 0 ? 1.0 : static_cast<double>(live_length_) / live_count_;
    double bound = 0;
    for (const auto* scorer : plan.scorers) {
        if (scorer->doc() != doc) continue;
        const auto& block = scorer->cursor().block();
        bound += term_weight(scorer->idf(), block.max_frequency, block.min_length, average);
    }
    if (bound <= bound_below) return bound;
    double total = 0;
    const auto length = static_cast<double>(documents_[doc].length);
    for (const auto* scorer : plan.scorers) {
        if (scorer->doc() != doc) continue;
        total += term_weight(scorer->idf(), scorer->cursor().frequency(), length, average);
    }
    return total;
}

const std::string& SearchIndex::single(Facet facet, std::uint32_t doc) const {
    const auto& column = facets_[static_cast<std::size_t>(facet)];
    return column.value(column.of(doc).front());
}

SearchHit SearchIndex::hit(std::uint32_t doc, const Plan& plan, const SnippetMarks& marks) const {
    const auto& d = documents_[doc];
    SearchHit hit;
    hit.id = d.id;
    hit.review_id = d.review_id;
    hit.paragraph = d.paragraph;
    hit.mechanism = single(Facet::mechanism, doc);
    hit.state_code = single(Facet::state, doc);
    hit.cycle = std::stoi(single(Facet::cycle, doc));
    hit.kind = single(Facet::kind, doc);
    if (const auto& position = single(Facet::position, doc); position != no_position) hit.position = position;
    const auto& states = facets_[static_cast<std::size_t>(Facet::recommending_state)];
    for (const auto value : states.of(doc)) hit.recommending_states.push_back(states.value(value));
    if (!plan.highlighted.empty()) {
        hit.snippet = make_snippet(d.text, plan.highlighted, marks);
        if (hit.snippet.empty()) hit.snippet = make_snippet(d.translation, plan.highlighted, marks);
    }
    if (hit.snippet.empty()) hit.snippet = text_opening(d.text, marks);
    return hit;
}

Result<SearchResult> SearchIndex::search(const SearchQuery& query) const {
    const bool by_paragraph = query.sort == "paragraph" || (query.sort.empty() && query.text.empty());
    if (!query.sort.empty() && query.sort != "paragraph" && query.sort != "relevance") {
        return make_error(ErrorCode::invalid_input, "search.bad_sort").with("value", query.sort.substr(0, 80));
    }
    if (query.offset < 0 || query.limit < 1 || query.offset + query.limit > max_window) {
        return make_error(ErrorCode::invalid_input, "search.bad_window")
            .with("offset", std::to_string(query.offset))
            .with("limit", std::to_string(query.limit))
            .with("max", std::to_string(max_window));
    }
    std::shared_lock lock(mutex_);
    auto planned = plan(query);
    if (!planned.ok()) return planned.error();
    Plan& p = *planned;
    const auto wanted = static_cast<std::size_t>(query.offset + query.limit);

    std::vector<std::pair<std::size_t, std::vector<std::int64_t>>> counts;
    for (const auto& name : query.facets) {
        const auto facet = static_cast<std::size_t>(*facet_from_string(name));
        counts.emplace_back(facet, std::vector<std::int64_t>(facets_[facet].value_count()));
    }
    // The page's best so far, the weakest on top; relevance ties go to the earlier document.
    const auto weaker = [](const Ranked& a, const Ranked& c) {
        return a.score != c.score ? a.score > c.score : a.doc < c.doc;
    };
    std::priority_queue<Ranked, std::vector<Ranked>, decltype(weaker)> best(weaker);
    const auto earlier = [&](std::uint32_t a, std::uint32_t c) {
        const auto& x = documents_[a];
        const auto& y = documents_[c];
        if (x.review_id != y.review_id) return x.review_id < y.review_id;
        if (x.paragraph_key != y.paragraph_key) return x.paragraph_key < y.paragraph_key;
        return x.id < y.id;
    };
    std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, decltype(earlier)> first(earlier);

    SearchResult result;
    auto& matches = *p.matches;
    for (std::uint32_t doc = matches.doc(); doc != MatchIterator::end; matches.next(), doc = matches.doc()) {
        if (live_[doc] == 0 || !passes(doc, p.filters)) continue;
        ++result.total;
        for (auto& [facet, tally] : counts) {
            for (const auto value : facets_[facet].of(doc)) ++tally[value];
        }
        if (by_paragraph || !p.ranked) {
            if (first.size() < wanted) {
                first.push(doc);
            } else if (earlier(doc, first.top())) {
                first.pop();
                first.push(doc);
            }
            continue;
        }
        const bool full = best.size() >= wanted;
        const double threshold = full ? best.top().score : -1.0;
        const double s = score(doc, p, threshold);
        if (!full) {
            best.push({s, doc});
        } else if (s > threshold) {
            best.pop();
            best.push({s, doc});
        }
    }

    std::vector<Ranked> ordered;
    if (by_paragraph || !p.ranked) {
        while (!first.empty()) {
            ordered.push_back({0, first.top()});
            first.pop();
        }
    } else {
        while (!best.empty()) {
            ordered.push_back(best.top());
            best.pop();
        }
    }
    std::reverse(ordered.begin(), ordered.end());
    for (std::size_t i = static_cast<std::size_t>(query.offset); i < ordered.size(); ++i) {
        result.hits.push_back(hit(ordered[i].doc, p, query.marks));
        result.hits.back().score = ordered[i].score;
    }
    for (auto& [facet, tally] : counts) {
        FacetCounts facet_counts{std::string(to_string(static_cast<Facet>(facet))), {}};
        for (std::uint32_t value = 0; value < tally.size(); ++value) {
            if (tally[value] > 0) facet_counts.values.push_back({facets_[facet].value(value), tally[value]});
        }
        std::sort(facet_counts.values.begin(), facet_counts.values.end(), [](const auto& a, const auto& c) {
            return a.count != c.count ? a.count > c.count : a.value < c.value;
        });
        result.facets.push_back(std::move(facet_counts));
    }
    return result;
}

Result<std::vector<BreakdownRow>> SearchIndex::breakdown(Facet by, const SearchQuery& scope) const {
    std::shared_lock lock(mutex_);
    auto planned = plan(scope);
    if (!planned.ok()) return planned.error();
    const auto& column = facets_[static_cast<std::size_t>(by)];
    const auto& kinds = facets_[static_cast<std::size_t>(Facet::kind)];
    const auto& positions = facets_[static_cast<std::size_t>(Facet::position)];
    std::vector<BreakdownRow> rows(column.value_count());
    // Positions and kinds compared by their numbers in the columns, not by their names.
    const auto recommendation = kinds.find(to_string(RecommendationKind::recommendation));
    std::vector<std::int64_t BreakdownRow::*> counter_of(positions.value_count(), &BreakdownRow::without_position);
    const std::pair<Position, std::int64_t BreakdownRow::*> counters[] = {
        {Position::supported, &BreakdownRow::supported},
        {Position::noted, &BreakdownRow::noted},
        {Position::partially_supported, &BreakdownRow::partially_supported},
        {Position::pending, &BreakdownRow::pending}};
    for (const auto& [position, counter] : counters) {
        if (const auto number = positions.find(to_string(position))) counter_of[*number] = counter;
    }
    auto& matches = *planned->matches;
    for (std::uint32_t doc = matches.doc(); doc != MatchIterator::end; matches.next(), doc = matches.doc()) {
        if (live_[doc] == 0 || !passes(doc, planned->filters)) continue;
        if (kinds.of(doc).front() != recommendation) continue;
        const auto counter = counter_of[positions.of(doc).front()];
        for (const auto value : column.of(doc)) {
            auto& row = rows[value];
            ++row.recommendations;
            ++(row.*counter);
        }
    }
    std::vector<BreakdownRow> kept;
    for (std::uint32_t value = 0; value < rows.size(); ++value) {
        if (rows[value].recommendations == 0) continue;
        rows[value].value = column.value(value);
        kept.push_back(std::move(rows[value]));
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& c) {
        return a.recommendations != c.recommendations ? a.recommendations > c.recommendations : a.value < c.value;
    });
    return kept;
}

}  // namespace rectrack

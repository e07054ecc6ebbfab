#include <iostream>

#include "commands.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/search_json.hpp"
#include "search_arguments.hpp"
#include "service/search_recommendations.hpp"

namespace rectrack {

namespace {

struct SearchOptions {
    std::string query;
    std::vector<std::string> filters;
    std::vector<std::string> facets;
    std::string sort;
    std::int64_t page = 1;
    std::int64_t per_page = 20;
};

void print_text(const SearchPage& page) {
    for (const auto& hit : page.result.hits) {
        std::cout << hit.id << '\t' << hit.state_code << ' ' << (hit.paragraph.empty() ? "-" : hit.paragraph) << '\t'
                  << hit.position.value_or("-") << '\t' << hit.snippet << '\n';
    }
    const auto shown_from = (page.page - 1) * page.per_page;
    std::cout << page.result.hits.size() << " of " << page.result.total << " (page " << page.page << ", from "
              << shown_from + 1 << ")\n";
    for (const auto& facet : page.result.facets) {
        std::cout << facet.facet << ':';
        for (const auto& value : facet.values) std::cout << ' ' << value.value << '=' << value.count;
        std::cout << '\n';
    }
}

void run_search(CommandContext& context, const SearchOptions& options) {
    SearchQuery query;
    query.text = options.query;
    query.facets = options.facets;
    query.sort = options.sort;
    if (!context.json) query.marks = SnippetMarks{"[", "]", false};
    auto filters = parse_filter_arguments(options.filters);
    if (!filters.ok()) return context.fail(filters.error());
    query.filters = std::move(*filters);
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    SearchIndex index(StateNormaliser::builtin());
    auto page = SearchRecommendations(**store, index).run(query, options.page, options.per_page);
    if (!page.ok()) return context.fail(page.error());
    if (!context.json) return print_text(*page);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& hit : page->result.hits) items.push_back(search_hit_json(hit, StateNormaliser::builtin()));
    nlohmann::json document{
        {"items", items}, {"total", page->result.total}, {"page", page->page}, {"per_page", page->per_page}};
    if (!query.facets.empty()) document["facets"] = facet_counts_json(page->result.facets);
    CommandContext::print_json(document);
}

}  // namespace

Command add_search_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<SearchOptions>();
    auto* sub = app.add_subcommand("search", "find recommendations by words and facets, best matches first");
    sub->add_option("query", options->query,
                    "words, \"phrases\", OR, AND, NOT or -word, prefix*, (groups); empty: every recommendation");
    sub->add_option("--filter", options->filters, "facet=value, e.g. state=VNM or position=noted (repeatable)");
    sub->add_option("--facet", options->facets, "count the matches by this facet (repeatable)");
    sub->add_option("--sort", options->sort, "relevance or paragraph");
    sub->add_option("--page", options->page, "page number, from 1")->capture_default_str();
    sub->add_option("--per-page", options->per_page, "results per page (1-100)")->capture_default_str();
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_search(context, *options); }};
}

}  // namespace rectrack

#include <iostream>

#include "commands.hpp"
#include "filter_options.hpp"
#include "report/json_views.hpp"
#include "service/list_recommendations.hpp"

namespace rectrack {

namespace {

struct ListOptions {
    FilterOptions filter;
    std::int64_t offset = 0;
    std::int64_t limit = 50;
};

void print_text(const RecommendationPage& page) {
    constexpr std::size_t shown_characters = 100;
    for (const auto& rec : page.items) {
        const std::string text = rec.texts.empty() ? "" : rec.texts.front().text;
        std::cout << rec.id << '\t' << (rec.paragraph.empty() ? "-" : rec.paragraph) << '\t'
                  << (rec.position ? to_string(*rec.position) : to_string(rec.kind)) << '\t'
                  << text.substr(0, shown_characters) << (text.size() > shown_characters ? "..." : "") << '\n';
    }
    std::cout << page.items.size() << " of " << page.total << " (offset " << page.offset << ")\n";
}

void run_list(CommandContext& context, const ListOptions& options) {
    auto filter = options.filter.to_filter();
    if (!filter.ok()) return context.fail(filter.error());
    filter->offset = options.offset;
    filter->limit = options.limit;
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto page = ListRecommendations(**store).run(*filter);
    if (!page.ok()) return context.fail(page.error());
    if (!context.json) return print_text(*page);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& rec : page->items) items.push_back(recommendation_json(rec));
    CommandContext::print_json(
        {{"items", items}, {"total", page->total}, {"offset", page->offset}, {"limit", page->limit}});
}

}  // namespace

Command add_list_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ListOptions>();
    auto* sub = app.add_subcommand("list", "list recommendations, filtered and paged");
    options->filter.add_to(*sub);
    sub->add_option("--offset", options->offset, "skip this many");
    sub->add_option("--limit", options->limit, "at most this many (1-1000)")->capture_default_str();
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_list(context, *options); }};
}

}  // namespace rectrack

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/json_views.hpp"
#include "report/search_json.hpp"
#include "search_arguments.hpp"
#include "service/compute_breakdown.hpp"
#include "service/compute_statistics.hpp"

namespace rectrack {

namespace {

void print_text(const std::vector<ReviewStatisticsRow>& rows, const StateDirectory& states) {
    std::printf("%-28s %-5s %5s %7s %6s %6s %9s %6s %6s\n", "state", "mech", "cycle", "session", "recs", "states",
                "supported", "noted", "rate%");
    for (const auto& row : rows) {
        const auto& c = row.counts;
        std::printf("%-28.28s %-5s %5d %7d %6lld %6lld %9lld %6lld %6.1f\n",
                    states.name_of(row.review.state_code).c_str(), row.review.mechanism.c_str(), row.review.cycle,
                    row.review.session, static_cast<long long>(c.recommendations),
                    static_cast<long long>(c.recommending_states), static_cast<long long>(c.supported),
                    static_cast<long long>(c.noted), c.acceptance_rate() * 100.0);
    }
}

struct StatsOptions {
    std::string state;
    std::string by;
    std::string query;
    std::vector<std::string> filters;
};

void print_breakdown(const std::string& by, const std::vector<BreakdownRow>& rows) {
    std::printf("%-40s %6s %9s %6s %6s\n", by.c_str(), "recs", "supported", "noted", "rate%");
    for (const auto& row : rows) {
        std::printf("%-40.40s %6lld %9lld %6lld %6.1f\n", row.value.c_str(),
                    static_cast<long long>(row.recommendations), static_cast<long long>(row.supported),
                    static_cast<long long>(row.noted), row.acceptance_rate() * 100.0);
    }
}

// Recommendations per value of one facet (recommending state, regional group, issue...), by position.
void run_breakdown(CommandContext& context, const StatsOptions& options, const std::optional<std::string>& state_code) {
    SearchQuery scope;
    scope.text = options.query;
    auto filters = parse_filter_arguments(options.filters);
    if (!filters.ok()) return context.fail(filters.error());
    scope.filters = std::move(*filters);
    if (state_code) scope.filters.emplace_back("state", *state_code);
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    SearchIndex index(StateNormaliser::builtin());
    auto rows = ComputeBreakdown(**store, index).run(options.by, scope);
    if (!rows.ok()) return context.fail(rows.error());
    if (!context.json) return print_breakdown(options.by, *rows);
    CommandContext::print_json({{"by", options.by}, {"rows", breakdown_json(*rows)}});
}

void run_stats(CommandContext& context, const StatsOptions& options) {
    const auto& states = StateNormaliser::builtin();
    std::optional<std::string> state_code;
    if (!options.state.empty()) {
        auto code = state_code_argument(options.state);
        if (!code.ok()) return context.fail(code.error());
        state_code = *code;
    }
    if (!options.by.empty()) return run_breakdown(context, options, state_code);
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto rows = ComputeStatistics(**store).run(state_code);
    if (!rows.ok()) return context.fail(rows.error());
    if (!context.json) return print_text(*rows, states);
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& row : *rows) reviews.push_back(statistics_json(row, states));
    CommandContext::print_json({{"reviews", reviews}});
}

}  // namespace

Command add_stats_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<StatsOptions>();
    auto* sub = app.add_subcommand("stats", "counts and acceptance rate per review, or by any facet");
    sub->add_option("--state", options->state, "only this state under review (name or ISO code)");
    sub->add_option("--by", options->by,
                    "count by a facet instead: recommending_state, regional_group, issue, action_category, "
                    "progress_status, ...");
    sub->add_option("--query", options->query, "with --by: only recommendations matching these words");
    sub->add_option("--filter", options->filters, "with --by: facet=value (repeatable)");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_stats(context, *options); }};
}

}  // namespace rectrack

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/json_views.hpp"
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

void run_stats(CommandContext& context, const std::string& state_name) {
    const auto& states = StateNormaliser::builtin();
    std::optional<std::string> state_code;
    if (!state_name.empty()) {
        auto code = state_code_argument(state_name);
        if (!code.ok()) return context.fail(code.error());
        state_code = *code;
    }
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
    auto state = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("stats", "counts and acceptance rate per review");
    sub->add_option("--state", *state, "only this state under review (name or ISO code)");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, state] { run_stats(context, *state); }};
}

}  // namespace rectrack

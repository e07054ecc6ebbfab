#include <iostream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "service/plan_json.hpp"
#include "service/recommendation_timeline.hpp"

namespace rectrack {

namespace {

void run_timeline(CommandContext& context, const std::string& id_text) {
    auto id = record_id_argument(id_text, "recommendation");
    if (!id.ok()) return context.fail(id.error());
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto events = RecommendationTimeline(**store).run(*id);
    if (!events.ok()) return context.fail(events.error());
    if (!context.json) {
        for (const auto& event : *events) {
            std::cout << event.at << '\t' << (event.actor.empty() ? "-" : event.actor) << '\t' << event.action << '\t'
                      << event.entity << ' ' << event.entity_id << '\n';
        }
        return;
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& event : *events) items.push_back(audit_event_json(event));
    CommandContext::print_json({{"recommendation_id", *id}, {"events", items}});
}

}  // namespace

Command add_timeline_command(CLI::App& app, CommandContext& context) {
    auto id = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("timeline", "the history of a recommendation: assignments, progress, reviews");
    sub->add_option("id", *id, "recommendation id")->required();
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, id] { run_timeline(context, *id); }};
}

}  // namespace rectrack

#include <iostream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "service/add_indicator.hpp"
#include "service/plan_json.hpp"
#include "service/record_indicator_value.hpp"

namespace rectrack {

namespace {

struct IndicatorOptions {
    NewIndicator indicator;
    std::string assignment;
    std::string id;
    std::int64_t version = 0;
    IndicatorValue value;
    CLI::App* add = nullptr;
    CLI::App* value_command = nullptr;
};

void show(CommandContext& context, const Indicator& indicator) {
    if (context.json) return CommandContext::print_json(indicator_json(indicator));
    std::cout << indicator.id << '\t' << indicator.definition << "\tbaseline " << indicator.baseline << ", target "
              << indicator.target << ' ' << indicator.unit << ", " << indicator.values.size() << " values (version "
              << indicator.version << ")\n";
}

void run_indicator(CommandContext& context, IndicatorOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    if (options.add->parsed()) {
        if (!options.assignment.empty()) {
            auto id = record_id_argument(options.assignment, "assignment");
            if (!id.ok()) return context.fail(id.error());
            options.indicator.assignment_id = *id;
        }
        auto created = AddIndicator(**store).run(*actor, options.indicator);
        if (!created.ok()) return context.fail(created.error());
        return show(context, *created);
    }
    auto id = record_id_argument(options.id, "indicator");
    if (!id.ok()) return context.fail(id.error());
    const auto version = options.version > 0 ? std::optional<std::int64_t>(options.version) : std::nullopt;
    auto saved = RecordIndicatorValue(**store).run(*actor, *id, version, options.value);
    if (!saved.ok()) return context.fail(saved.error());
    show(context, *saved);
}

}  // namespace

Command add_indicator_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<IndicatorOptions>();
    auto* sub = app.add_subcommand("indicator", "indicators of a plan and their measured values");
    sub->require_subcommand(1);
    options->add = sub->add_subcommand("add", "add an indicator to a plan");
    options->add->add_option("--plan", options->indicator.plan_id, "plan id")->required();
    options->add->add_option("--definition", options->indicator.definition, "what is measured")->required();
    options->add->add_option("--unit", options->indicator.unit, "unit of the values");
    options->add->add_option("--baseline", options->indicator.baseline, "value at the start");
    options->add->add_option("--target", options->indicator.target, "value to reach");
    options->add->add_option("--assignment", options->assignment, "the assignment it measures");
    options->value_command = sub->add_subcommand("value", "record a measured value on a date");
    options->value_command->add_option("id", options->id, "indicator id")->required();
    options->value_command->add_option("--date", options->value.date, "YYYY-MM-DD")->required();
    options->value_command->add_option("--value", options->value.value, "the measured value")->required();
    options->value_command->add_option("--version", options->version, "the version you read (refused when stale)");
    for (auto* leaf : {options->add, options->value_command}) {
        leaf->add_flag("--json", context.json, "print one JSON document");
    }
    return {sub, [&context, options] { run_indicator(context, *options); }};
}

}  // namespace rectrack

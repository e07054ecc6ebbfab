#include <iostream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "service/add_activity.hpp"
#include "service/plan_json.hpp"
#include "service/update_activity.hpp"

namespace rectrack {

namespace {

struct ActivityOptions {
    NewActivity activity;
    std::string assignment;
    std::string id;
    std::int64_t version = 0;
    std::string title;
    std::string owner;
    std::string deadline;
    double budget = -1;
    std::string currency;
    std::string status;
    CLI::App* add = nullptr;
    CLI::App* update = nullptr;
};

void show(CommandContext& context, const Activity& activity) {
    if (context.json) return CommandContext::print_json(activity_json(activity));
    std::cout << activity.id << '\t' << activity.deadline << '\t' << to_string(activity.status) << '\t'
              << activity.title << "\t(version " << activity.version << ")\n";
}

Result<ActivityChanges> changes_of(const ActivityOptions& options) {
    ActivityChanges changes;
    if (options.update->count("--title") > 0) changes.title = options.title;
    if (options.update->count("--owner") > 0) changes.owner_code = options.owner;
    if (options.update->count("--deadline") > 0) changes.deadline = options.deadline;
    if (options.update->count("--budget") > 0) changes.budget = options.budget;
    if (options.update->count("--currency") > 0) changes.currency = options.currency;
    if (options.update->count("--status") > 0) {
        changes.status = activity_status_from_string(options.status);
        if (!changes.status) {
            return make_error(ErrorCode::invalid_input, "request.bad_parameter")
                .with("name", "status")
                .with("value", options.status);
        }
    }
    return changes;
}

void run_activity(CommandContext& context, ActivityOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    if (options.add->parsed()) {
        if (!options.assignment.empty()) {
            auto id = record_id_argument(options.assignment, "assignment");
            if (!id.ok()) return context.fail(id.error());
            options.activity.assignment_id = *id;
        }
        auto created = AddActivity(**store).run(*actor, options.activity);
        if (!created.ok()) return context.fail(created.error());
        return show(context, *created);
    }
    auto id = record_id_argument(options.id, "activity");
    if (!id.ok()) return context.fail(id.error());
    auto changes = changes_of(options);
    if (!changes.ok()) return context.fail(changes.error());
    const auto version = options.version > 0 ? std::optional<std::int64_t>(options.version) : std::nullopt;
    auto saved = UpdateActivity(**store).run(*actor, *id, version, *changes);
    if (!saved.ok()) return context.fail(saved.error());
    show(context, *saved);
}

}  // namespace

Command add_activity_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ActivityOptions>();
    auto* sub = app.add_subcommand("activity", "activities of a plan: owner, deadline, budget, status");
    sub->require_subcommand(1);
    options->add = sub->add_subcommand("add", "add an activity to a plan");
    options->add->add_option("--plan", options->activity.plan_id, "plan id")->required();
    options->add->add_option("--title", options->activity.title, "what is to be done")->required();
    options->add->add_option("--deadline", options->activity.deadline, "YYYY-MM-DD")->required();
    options->add->add_option("--owner", options->activity.owner_code, "code of the owning institution");
    options->add->add_option("--assignment", options->assignment, "the assignment it serves");
    options->add->add_option("--budget", options->activity.budget, "amount");
    options->add->add_option("--currency", options->activity.currency, "e.g. VND");

    options->update = sub->add_subcommand("update", "change an activity");
    options->update->add_option("id", options->id, "activity id")->required();
    options->update->add_option("--version", options->version, "the version you read (refused when stale)");
    options->update->add_option("--title", options->title, "new title");
    options->update->add_option("--owner", options->owner, "code of the owning institution");
    options->update->add_option("--deadline", options->deadline, "YYYY-MM-DD");
    options->update->add_option("--budget", options->budget, "amount");
    options->update->add_option("--currency", options->currency, "e.g. VND");
    options->update->add_option("--status", options->status, "planned, in_progress, done or cancelled");
    for (auto* leaf : {options->add, options->update})
        leaf->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_activity(context, *options); }};
}

}  // namespace rectrack

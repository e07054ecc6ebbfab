#include <iostream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "service/create_plan.hpp"
#include "service/list_plans.hpp"
#include "service/plan_json.hpp"
#include "service/show_plan.hpp"

namespace rectrack {

namespace {

struct PlanOptions {
    Plan plan;
    std::string id;
    CLI::App* create = nullptr;
    CLI::App* list = nullptr;
    CLI::App* show = nullptr;
};

void print_plan(const Plan& plan) {
    std::cout << plan.id << '\t' << plan.name << '\t' << (plan.decision_number.empty() ? "-" : plan.decision_number)
              << '\t' << (plan.decision_date.empty() ? "-" : plan.decision_date) << '\t' << plan.period_start << ".."
              << plan.period_end << '\n';
}

void run_create(CommandContext& context, Store& store, const PlanOptions& options) {
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    auto created = CreatePlan(store).run(*actor, options.plan);
    if (!created.ok()) return context.fail(created.error());
    if (context.json) return CommandContext::print_json(plan_json(*created));
    print_plan(*created);
}

void run_list(CommandContext& context, Store& store) {
    auto plans = ListPlans(store).run();
    if (!plans.ok()) return context.fail(plans.error());
    if (!context.json) {
        for (const auto& plan : *plans) print_plan(plan);
        return;
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& plan : *plans) items.push_back(plan_json(plan));
    CommandContext::print_json({{"items", items}});
}

void run_show(CommandContext& context, Store& store, const PlanOptions& options) {
    auto id = record_id_argument(options.id, "plan");
    if (!id.ok()) return context.fail(id.error());
    auto detail = ShowPlan(store).run(*id);
    if (!detail.ok()) return context.fail(detail.error());
    if (!context.json) {
        print_plan(detail->plan);
        std::cout << detail->assignments.size() << " assignments, " << detail->activities.size() << " activities, "
                  << detail->indicators.size() << " indicators\n";
        for (const auto& activity : detail->activities) {
            std::cout << "  activity " << activity.id << '\t' << activity.deadline << '\t' << to_string(activity.status)
                      << '\t' << activity.title << '\n';
        }
        return;
    }
    CommandContext::print_json(plan_detail_json(*detail));
}

void run_plan(CommandContext& context, const PlanOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    if (options.create->parsed()) return run_create(context, **store, options);
    if (options.list->parsed()) return run_list(context, **store);
    if (options.show->parsed()) return run_show(context, **store, options);
}

}  // namespace

Command add_plan_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<PlanOptions>();
    auto* sub = app.add_subcommand("plan", "master plans that follow up reviews");
    sub->require_subcommand(1);
    options->create = sub->add_subcommand("create", "adopt a plan for one review or several");
    options->create->add_option("--name", options->plan.name, "name of the plan")->required();
    options->create->add_option("--review", options->plan.review_ids, "review id (repeat for several)")->required();
    options->create->add_option("--decision", options->plan.decision_number, "number of the adopting decision");
    options->create->add_option("--decision-date", options->plan.decision_date, "date of the decision, YYYY-MM-DD");
    options->create->add_option("--start", options->plan.period_start, "first day of the period, YYYY-MM-DD");
    options->create->add_option("--end", options->plan.period_end, "last day of the period, YYYY-MM-DD");
    options->list = sub->add_subcommand("list", "list plans");
    options->show = sub->add_subcommand("show", "a plan with its assignments, activities and indicators");
    options->show->add_option("id", options->id, "plan id")->required();
    for (auto* leaf : {options->create, options->list, options->show}) {
        leaf->add_flag("--json", context.json, "print one JSON document");
    }
    return {sub, [&context, options] { run_plan(context, *options); }};
}

}  // namespace rectrack

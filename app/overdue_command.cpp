#include <iostream>

#include "commands.hpp"
#include "service/plan_json.hpp"
#include "service/report_overdue.hpp"

namespace rectrack {

namespace {

struct OverdueOptions {
    int days = ReportOverdue::default_days;
    std::string as_of;
};

void run_overdue(CommandContext& context, const OverdueOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto report = ReportOverdue(**store).run(options.as_of, options.days);
    if (!report.ok()) return context.fail(report.error());
    if (context.json) return CommandContext::print_json(overdue_report_json(*report));
    for (const auto& [code, overdue] : report->institutions) {
        std::cout << (code.empty() ? "(no owner)" : code) << '\n';
        for (const auto& late : overdue.activities) {
            std::cout << "  activity " << late.activity.id << " due " << late.activity.deadline << ", "
                      << late.days_late << " days late: " << late.activity.title << '\n';
        }
        for (const auto& quiet : overdue.silent) {
            std::cout << "  recommendation " << quiet.recommendation_id << " (" << quiet.paragraph
                      << "): " << (quiet.last_update.empty() ? "never reported" : "last update " + quiet.last_update)
                      << ", " << quiet.days_silent << " days\n";
        }
    }
}

}  // namespace

Command add_overdue_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<OverdueOptions>();
    auto* sub = app.add_subcommand("overdue", "late activities and assigned recommendations without recent updates");
    sub->add_option("--days", options->days, "an assignment is late after this many days without an update")
        ->capture_default_str();
    sub->add_option("--as-of", options->as_of, "as on this date, YYYY-MM-DD (default today)");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_overdue(context, *options); }};
}

}  // namespace rectrack

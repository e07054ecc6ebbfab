#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "command_context.hpp"

namespace rectrack {

// A subcommand and what it does once the command line and the configuration are complete.
struct Command {
    CLI::App* parser = nullptr;
    std::function<void()> run;
};

Command add_init_command(CLI::App& app, CommandContext& context);
Command add_import_command(CLI::App& app, CommandContext& context);
Command add_list_command(CLI::App& app, CommandContext& context);
Command add_show_command(CLI::App& app, CommandContext& context);
Command add_stats_command(CLI::App& app, CommandContext& context);
Command add_export_command(CLI::App& app, CommandContext& context);
Command add_serve_command(CLI::App& app, CommandContext& context);
Command add_search_command(CLI::App& app, CommandContext& context);
Command add_train_command(CLI::App& app, CommandContext& context);
Command add_classify_command(CLI::App& app, CommandContext& context);
Command add_cluster_command(CLI::App& app, CommandContext& context);
Command add_institution_command(CLI::App& app, CommandContext& context);
Command add_plan_command(CLI::App& app, CommandContext& context);
Command add_assign_command(CLI::App& app, CommandContext& context);
Command add_activity_command(CLI::App& app, CommandContext& context);
Command add_indicator_command(CLI::App& app, CommandContext& context);
Command add_progress_command(CLI::App& app, CommandContext& context);
Command add_overdue_command(CLI::App& app, CommandContext& context);
Command add_timeline_command(CLI::App& app, CommandContext& context);

}  // namespace rectrack

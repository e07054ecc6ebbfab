#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <vector>

#include "command_context.hpp"
#include "commands.hpp"

namespace {

// Precedence: defaults, then environment, then the file, then flags.
rectrack::Status resolve_config(rectrack::Config& config, const std::string& file, const std::string& db,
                                const std::string& language) {
    RECTRACK_TRY(config.apply_environment());
    if (!file.empty()) RECTRACK_TRY(config.apply_file(file));
    if (!db.empty()) config.db = db;
    if (!language.empty()) config.language = language;
    return config.validate();
}

}  // namespace

int main(int argc, char** argv) {
    rectrack::CommandContext context;
    CLI::App app{"rectrack: follow up the human rights recommendations a state receives from the UN"};
    app.require_subcommand(1);
    std::string config_file;
    std::string db;
    std::string language;
    app.add_option("--config", config_file, "JSON configuration file")->check(CLI::ExistingFile);
    app.add_option("--db", db, "database: a SQLite file path or a postgres:// URL (default var/rectrack.db)");
    app.add_option("--lang", language, "language of messages: en, fr, vi");
    app.add_option("--as", context.acting_as, "act as this existing user (default: the OS login name)");
    const std::vector<rectrack::Command> commands{
        rectrack::add_init_command(app, context),     rectrack::add_import_command(app, context),
        rectrack::add_list_command(app, context),     rectrack::add_show_command(app, context),
        rectrack::add_stats_command(app, context),    rectrack::add_export_command(app, context),
        rectrack::add_serve_command(app, context),    rectrack::add_search_command(app, context),
        rectrack::add_train_command(app, context),    rectrack::add_classify_command(app, context),
        rectrack::add_cluster_command(app, context),  rectrack::add_institution_command(app, context),
        rectrack::add_plan_command(app, context),     rectrack::add_assign_command(app, context),
        rectrack::add_activity_command(app, context), rectrack::add_indicator_command(app, context),
        rectrack::add_progress_command(app, context), rectrack::add_overdue_command(app, context),
        rectrack::add_timeline_command(app, context)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (auto status = resolve_config(context.config, config_file, db, language); !status.ok()) {
        context.fail(status.error());
        return context.exit_code;
    }
    try {
        for (const auto& command : commands) {
            if (command.parser->parsed()) command.run();
        }
    } catch (const std::exception& e) {
        spdlog::critical("unexpected failure: {}", e.what());
        return 1;
    }
    return context.exit_code;
}

#include <filesystem>
#include <iostream>

#include "commands.hpp"

namespace rectrack {

Command add_init_command(CLI::App& app, CommandContext& context) {
    auto* sub = app.add_subcommand("init", "create the database, or bring its schema up to date");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context] {
                auto store = context.store();
                if (!store.ok()) return context.fail(store.error());
                if (context.json) {
                    CommandContext::print_json({{"database", context.config.db}, {"ready", true}});
                } else {
                    std::cout << "database ready: " << context.config.db << '\n';
                }
            }};
}

}  // namespace rectrack

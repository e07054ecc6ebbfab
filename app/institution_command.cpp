#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "institution_csv.hpp"
#include "service/add_institution.hpp"
#include "service/import_institutions.hpp"
#include "service/list_institutions.hpp"
#include "service/merge_institutions.hpp"
#include "service/plan_json.hpp"
#include "service/rename_institution.hpp"

namespace rectrack {

namespace {

struct InstitutionOptions {
    std::string code;
    std::string name_en;
    std::string name_fr;
    std::string name_vi;
    std::string parent;
    std::string file;
    std::string into;
    std::int64_t version = 0;
    CLI::App* add = nullptr;
    CLI::App* import = nullptr;
    CLI::App* list = nullptr;
    CLI::App* rename = nullptr;
    CLI::App* merge = nullptr;
};

void print_institution(const Institution& institution) {
    std::cout << institution.id << '\t' << institution.code << '\t' << text_in(institution.names, "en");
    if (institution.merged_into_id) std::cout << "\t(merged into " << *institution.merged_into_id << ')';
    std::cout << '\n';
}

void show(CommandContext& context, const Institution& institution) {
    if (context.json) return CommandContext::print_json(institution_json(institution));
    print_institution(institution);
}

void run_add(CommandContext& context, Store& store, const Actor& actor, const InstitutionOptions& options) {
    NewInstitution request{options.code, names_argument(options.name_en, options.name_fr, options.name_vi),
                           options.parent};
    auto created = AddInstitution(store).run(actor, request);
    if (!created.ok()) return context.fail(created.error());
    show(context, *created);
}

void run_import(CommandContext& context, Store& store, const Actor& actor, const InstitutionOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) return context.fail(make_error(ErrorCode::not_found, "cli.cannot_read").with("file", options.file));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto rows = read_institution_csv(options.file, bytes.str());
    if (!rows.ok()) return context.fail(rows.error());
    auto summary = ImportInstitutions(store).run(actor, options.file, *rows);
    if (!summary.ok()) return context.fail(summary.error());
    if (context.json) {
        return CommandContext::print_json({{"file", options.file},
                                           {"created", summary->created},
                                           {"updated", summary->updated},
                                           {"unchanged", summary->unchanged}});
    }
    std::cout << options.file << ": " << summary->created << " created, " << summary->updated << " updated, "
              << summary->unchanged << " unchanged\n";
}

void run_list(CommandContext& context, Store& store) {
    auto institutions = ListInstitutions(store).run();
    if (!institutions.ok()) return context.fail(institutions.error());
    if (!context.json) {
        for (const auto& institution : *institutions) print_institution(institution);
        return;
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& institution : *institutions) items.push_back(institution_json(institution));
    CommandContext::print_json({{"items", items}});
}

void run_rename(CommandContext& context, Store& store, const Actor& actor, const InstitutionOptions& options) {
    auto current = store.institutions().find_by_code(options.code);
    if (!current.ok()) return context.fail(current.error());
    if (!current->has_value()) {
        return context.fail(make_error(ErrorCode::not_found, "institution.unknown").with("code", options.code));
    }
    const std::int64_t version = options.version > 0 ? options.version : (*current)->version;
    auto renamed = RenameInstitution(store).run(actor, (*current)->id, version,
                                                names_argument(options.name_en, options.name_fr, options.name_vi));
    if (!renamed.ok()) return context.fail(renamed.error());
    show(context, *renamed);
}

void run_merge(CommandContext& context, Store& store, const Actor& actor, const InstitutionOptions& options) {
    auto merged = MergeInstitutions(store).run(actor, options.code, options.into);
    if (!merged.ok()) return context.fail(merged.error());
    if (context.json) {
        return CommandContext::print_json(
            {{"merged", institution_json(merged->merged)}, {"into", institution_json(merged->survivor)}});
    }
    std::cout << merged->merged.code << " merged into " << merged->survivor.code << '\n';
}

void run_institution(CommandContext& context, const InstitutionOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    if (options.list->parsed()) return run_list(context, **store);
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    if (options.add->parsed()) return run_add(context, **store, *actor, options);
    if (options.import->parsed()) return run_import(context, **store, *actor, options);
    if (options.rename->parsed()) return run_rename(context, **store, *actor, options);
    if (options.merge->parsed()) return run_merge(context, **store, *actor, options);
}

void add_names(CLI::App& command, InstitutionOptions& options) {
    command.add_option("--name-en", options.name_en, "name in English");
    command.add_option("--name-fr", options.name_fr, "name in French");
    command.add_option("--name-vi", options.name_vi, "name in Vietnamese");
}

}  // namespace

Command add_institution_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<InstitutionOptions>();
    auto* sub = app.add_subcommand("institution", "ministries and agencies that implement recommendations");
    sub->require_subcommand(1);

    options->add = sub->add_subcommand("add", "add an institution");
    options->add->add_option("code", options->code, "short code, e.g. MOFA")->required();
    add_names(*options->add, *options);
    options->add->add_option("--parent", options->parent, "code of the parent institution");

    options->import = sub->add_subcommand("import", "create or update institutions from a CSV file");
    options->import->add_option("file", options->file, "CSV with columns code,name_en,name_fr,name_vi,parent")
        ->required();

    options->list = sub->add_subcommand("list", "list institutions");

    options->rename = sub->add_subcommand("rename", "change an institution's names");
    options->rename->add_option("code", options->code, "institution code")->required();
    add_names(*options->rename, *options);
    options->rename->add_option("--version", options->version, "the version you read (refused when stale)");

    options->merge = sub->add_subcommand("merge", "merge an institution into another, keeping its history");
    options->merge->add_option("code", options->code, "institution merged away")->required();
    options->merge->add_option("--into", options->into, "surviving institution")->required();

    for (auto* leaf : {options->add, options->import, options->list, options->rename, options->merge}) {
        leaf->add_flag("--json", context.json, "print one JSON document");
    }
    return {sub, [&context, options] { run_institution(context, *options); }};
}

}  // namespace rectrack

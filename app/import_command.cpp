#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "ingest/column_mapping.hpp"
#include "ingest/mapped_table_parser.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/json_views.hpp"
#include "service/import_documents.hpp"

namespace rectrack {

namespace {

struct ImportOptions {
    std::vector<std::string> files;
    std::string format = "auto";
    bool dry_run = false;
    std::string map;  // a column mapping: the files are spreadsheets read through it
    std::string state;
    std::string mechanism = "UPR";
    int cycle = 0;
    int session = 0;
};

// The parsers for this import: a mapped-table parser when --map is given, else every known format.
Result<std::vector<std::unique_ptr<DocumentParser>>> parsers_for(const ImportOptions& options,
                                                                 const StateDirectory& states) {
    if (options.map.empty()) return make_parsers(states);
    auto mapping = ColumnMapping::parse(options.map);
    if (!mapping.ok()) return mapping.error();
    mapping->state_under_review = options.state;
    mapping->mechanism = options.mechanism;
    mapping->cycle = options.cycle;
    mapping->session = options.session;
    std::vector<std::unique_ptr<DocumentParser>> parsers;
    parsers.push_back(std::make_unique<MappedTableParser>(states, std::move(mapping.value())));
    return parsers;
}

Result<InputFile> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return make_error(ErrorCode::invalid_input, "import.cannot_read")
            .with("file", path)
            .with("detail", "cannot open");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        return make_error(ErrorCode::invalid_input, "import.cannot_read")
            .with("file", path)
            .with("detail", "read error");
    return InputFile{path, std::move(bytes).str()};
}

// What --state, --cycle and --session say of the review, for files of every format.
Result<ReviewOverrides> review_overrides(const ImportOptions& options) {
    ReviewOverrides overrides;
    if (!options.state.empty()) {
        auto code = state_code_argument(options.state);
        if (!code.ok()) return code.error();
        overrides.state_code = *code;
    }
    if (options.cycle > 0) overrides.cycle = options.cycle;
    if (options.session > 0) overrides.session = options.session;
    return overrides;
}

void print_text(const ImportSummary& summary) {
    std::cout << (summary.dry_run ? "would import " : "imported ") << summary.recommendations << " recommendations";
    if (summary.voluntary_pledges > 0) std::cout << " and " << summary.voluntary_pledges << " voluntary pledges";
    std::cout << " from " << summary.rows << " rows of " << summary.documents.size() << " file(s) into "
              << summary.reviews.size() << " review(s); " << summary.recommending_states << " recommending states\n";
    for (const auto& [position, count] : summary.positions) std::cout << "  " << position << ": " << count << '\n';
    std::cout << "  created " << summary.created << ", updated " << summary.updated << ", unchanged "
              << summary.unchanged << '\n';
}

void run_import(CommandContext& context, const ImportOptions& options) {
    ImportRequest request{{}, options.map.empty() ? options.format : "table", options.dry_run, {}};
    auto overrides = review_overrides(options);
    if (!overrides.ok()) return context.fail(overrides.error());
    request.review = *overrides;
    for (const auto& path : options.files) {
        auto file = read_file(path);
        if (!file.ok()) return context.fail(file.error());
        request.files.push_back(std::move(file.value()));
    }
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    const auto& states = StateNormaliser::builtin();
    const auto parsers = parsers_for(options, states);
    if (!parsers.ok()) return context.fail(parsers.error());
    std::vector<const DocumentParser*> parser_views;
    for (const auto& parser : *parsers) parser_views.push_back(parser.get());
    auto summary = ImportDocuments(**store, parser_views).run(request);
    if (!summary.ok()) return context.fail(summary.error());
    if (context.json) return CommandContext::print_json(import_summary_json(*summary, states));
    print_text(*summary);
}

}  // namespace

Command add_import_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ImportOptions>();
    auto* sub = app.add_subcommand("import", "import recommendations from files, all of them or nothing");
    sub->add_option("files", options->files, "files to import")->required();
    sub->add_option("--format", options->format,
                    "auto, upr-info-csv, rectrack-jsonl, upr-report-pdf, upr-addendum-pdf or ohchr-docx")
        ->capture_default_str();
    sub->add_flag("--dry-run", options->dry_run, "read and count everything, write nothing");
    sub->add_option("--map", options->map,
                    "read spreadsheets (CSV, XLSX) through a column mapping, e.g. "
                    "text=Recommendation,states=From,position=Response,paragraph=Para,state_under_review=To,year=Year");
    sub->add_option("--state", options->state, "the state under review, overriding what the file says");
    sub->add_option("--mechanism", options->mechanism, "with --map: UPR or a treaty body code")->capture_default_str();
    sub->add_option("--cycle", options->cycle, "the review's cycle, overriding what the file says");
    sub->add_option("--session", options->session, "the review's session, overriding what the file says");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_import(context, *options); }};
}

}  // namespace rectrack

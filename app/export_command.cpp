#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "filter_options.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/csv_export_writer.hpp"
#include "report/jsonl_export_writer.hpp"
#include "service/export_recommendations.hpp"

namespace rectrack {

namespace {

struct ExportOptions {
    FilterOptions filter;
    std::string format = "jsonl";
    std::string output;
};

std::unique_ptr<RecommendationSink> make_writer(const std::string& format, std::ostream& out) {
    if (format == "jsonl") return std::make_unique<JsonlExportWriter>(out);
    if (format == "csv") return std::make_unique<CsvExportWriter>(out, StateNormaliser::builtin());
    return nullptr;
}

void run_export(CommandContext& context, const ExportOptions& options) {
    auto filter = options.filter.to_filter();
    if (!filter.ok()) return context.fail(filter.error());
    std::ofstream file;
    if (!options.output.empty()) {
        file.open(options.output, std::ios::binary | std::ios::trunc);
        if (!file)
            return context.fail(make_error(ErrorCode::invalid_input, "cli.cannot_write").with("file", options.output));
    }
    std::ostream& out = options.output.empty() ? std::cout : file;
    auto writer = make_writer(options.format, out);
    if (!writer)
        return context.fail(make_error(ErrorCode::invalid_input, "cli.export_format").with("format", options.format));
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto written = ExportRecommendations(**store).run(*filter, *writer);
    if (!written.ok()) return context.fail(written.error());
    out.flush();
    if (!out) return context.fail(make_error(ErrorCode::internal, "cli.cannot_write").with("file", options.output));
    if (!options.output.empty() && context.json) {
        CommandContext::print_json(
            {{"file", options.output}, {"format", options.format}, {"recommendations", *written}});
    }
}

}  // namespace

Command add_export_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ExportOptions>();
    auto* sub = app.add_subcommand("export", "write recommendations as CSV or as rectrack's JSONL exchange format");
    options->filter.add_to(*sub);
    sub->add_option("--format", options->format, "csv or jsonl")->capture_default_str();
    sub->add_option("-o,--output", options->output, "file to write (default: standard output)");
    sub->add_flag("--json", context.json, "with --output: print a JSON summary");
    return {sub, [&context, options] { run_export(context, *options); }};
}

}  // namespace rectrack

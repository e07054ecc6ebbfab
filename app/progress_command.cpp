#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "follow_up_arguments.hpp"
#include "service/compute_progress_snapshot.hpp"
#include "service/plan_json.hpp"
#include "service/record_progress.hpp"
#include "service/review_progress.hpp"
#include "storage/file_evidence_store.hpp"

namespace rectrack {

namespace {

struct ProgressOptions {
    std::int64_t review = 0;
    std::string as_of;
    std::string rec;
    std::string institution;
    std::string status;
    std::string note;
    std::string language = "en";
    std::vector<std::string> evidence;
    std::string date;
    std::string update;
    bool accept = false;
    std::string return_comment;
    std::string comment;
    std::int64_t version = 0;
    CLI::App* add = nullptr;
    CLI::App* review_command = nullptr;
};

Result<EvidenceUpload> read_evidence(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ErrorCode::not_found, "cli.cannot_read").with("file", path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return EvidenceUpload{std::filesystem::path(path).filename().string(), std::move(bytes).str()};
}

Result<ProgressReport> report_of(const ProgressOptions& options) {
    ProgressReport report;
    auto rec = record_id_argument(options.rec, "recommendation");
    if (!rec.ok()) return rec.error();
    report.recommendation_id = *rec;
    report.institution_code = options.institution;
    auto status = implementation_status_from_string(options.status);
    if (!status) {
        return make_error(ErrorCode::invalid_input, "request.bad_parameter")
            .with("name", "status")
            .with("value", options.status);
    }
    report.status = *status;
    if (!options.note.empty()) report.narratives.push_back({options.language, options.note});
    for (const auto& path : options.evidence) {
        auto upload = read_evidence(path);
        if (!upload.ok()) return upload.error();
        report.evidence.push_back(std::move(upload.value()));
    }
    report.date = options.date;
    return report;
}

void show_update(CommandContext& context, const ProgressUpdate& update) {
    if (context.json) return CommandContext::print_json(progress_update_json(update));
    std::cout << "update " << update.id << ": recommendation " << update.recommendation_id << ", "
              << to_string(update.status) << " on " << update.date << ", " << to_string(update.review) << '\n';
}

void run_add(CommandContext& context, Store& store, const Actor& actor, const ProgressOptions& options) {
    auto report = report_of(options);
    if (!report.ok()) return context.fail(report.error());
    FileEvidenceStore files(FileEvidenceStore::beside_database(context.config.db));
    auto update = RecordProgress(store, files).run(actor, *report);
    if (!update.ok()) return context.fail(update.error());
    show_update(context, *update);
}

void run_review(CommandContext& context, Store& store, const Actor& actor, const ProgressOptions& options) {
    auto id = record_id_argument(options.update, "progress update");
    if (!id.ok()) return context.fail(id.error());
    ProgressDecision decision;
    decision.update_id = *id;
    decision.accept = options.accept;
    decision.comment = options.accept ? options.comment : options.return_comment;
    if (options.version > 0) decision.expected_version = options.version;
    auto reviewed = ReviewProgress(store).run(actor, decision);
    if (!reviewed.ok()) return context.fail(reviewed.error());
    show_update(context, *reviewed);
}

void print_counts(const std::string& label, const StatusCounts& counts) {
    using enum ImplementationStatus;
    std::cout << label << ": " << counts.total << " (implemented " << counts.count(implemented)
              << ", ongoing or partially " << counts.count(in_progress) + counts.count(partially_implemented)
              << ", later " << counts.count(later) << ", not started " << counts.count(not_started)
              << ", not applicable " << counts.count(not_applicable) << ")\n";
}

void run_snapshot(CommandContext& context, Store& store, const ProgressOptions& options) {
    if (options.review <= 0) {
        return context.fail(make_error(ErrorCode::invalid_input, "cli.bad_record_id")
                                .with("what", "review")
                                .with("value", std::to_string(options.review)));
    }
    auto snapshot = ComputeProgressSnapshot(store).run(options.review, options.as_of);
    if (!snapshot.ok()) return context.fail(snapshot.error());
    if (context.json) return CommandContext::print_json(progress_snapshot_json(*snapshot));
    std::cout << "Review " << snapshot->review_id << " as of " << snapshot->as_of << '\n';
    print_counts("all", snapshot->overall);
    for (const auto& [code, counts] : snapshot->by_institution)
        print_counts(code.empty() ? "unassigned" : code, counts);
    for (const auto& [issue, counts] : snapshot->by_issue) print_counts(issue, counts);
}

void run_progress(CommandContext& context, const ProgressOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    if (!options.add->parsed() && !options.review_command->parsed()) return run_snapshot(context, **store, options);
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    if (options.add->parsed()) return run_add(context, **store, *actor, options);
    run_review(context, **store, *actor, options);
}

}  // namespace

Command add_progress_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ProgressOptions>();
    auto* sub = app.add_subcommand("progress", "progress of recommendations: report, review, count");
    sub->require_subcommand(0, 1);
    sub->add_option("--review", options->review, "review id: count its recommendations by status");
    sub->add_option("--as-of", options->as_of, "count as on this date, YYYY-MM-DD (default today)");
    sub->add_flag("--json", context.json, "print one JSON document");

    options->add = sub->add_subcommand("add", "an institution reports progress on a recommendation");
    options->add->add_option("rec", options->rec, "recommendation id")->required();
    options->add->add_option("--institution", options->institution, "code of the reporting institution")->required();
    options->add
        ->add_option("--status", options->status,
                     "not_started, in_progress, partially_implemented, implemented, later, not_applicable")
        ->required();
    options->add->add_option("--note", options->note, "narrative");
    options->add->add_option("--lang", options->language, "language of the narrative: en, fr, vi")
        ->capture_default_str();
    options->add->add_option("--evidence", options->evidence, "evidence file, repeatable");
    options->add->add_option("--date", options->date, "date the report speaks for, YYYY-MM-DD (default today)");

    options->review_command = sub->add_subcommand("review", "the coordinator accepts or returns an update");
    options->review_command->add_option("update", options->update, "progress update id")->required();
    auto* accept = options->review_command->add_flag("--accept", options->accept, "accept the update");
    auto* give_back =
        options->review_command->add_option("--return", options->return_comment, "return it with this comment");
    accept->excludes(give_back);
    options->review_command->add_option("--comment", options->comment, "comment on an accepted update");
    options->review_command->add_option("--version", options->version, "the version you read (refused when stale)");
    for (auto* leaf : {options->add, options->review_command}) {
        leaf->add_flag("--json", context.json, "print one JSON document");
    }
    options->review_command->callback([options, accept, give_back] {
        if (accept->count() == 0 && give_back->count() == 0) {
            throw CLI::RequiredError("--accept or --return");
        }
    });
    return {sub, [&context, options] { run_progress(context, *options); }};
}

}  // namespace rectrack

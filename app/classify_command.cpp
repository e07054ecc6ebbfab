#include <cmath>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "ingest/upr_info_row_texts.hpp"
#include "input_files.hpp"
#include "service/classify_texts.hpp"
#include "service/suggest_labels.hpp"

namespace rectrack {

namespace {

struct ClassifyOptions {
    std::string model;
    std::string input;
    std::string format = "upr-info-csv";
    std::string output;
    std::int64_t review_id = 0;
};

double rounded(double confidence) { return std::round(confidence * 10000.0) / 10000.0; }

std::string plural_key(LabelKind kind) {
    switch (kind) {
        case LabelKind::issue: return "issues";
        case LabelKind::theme: return "themes";
        case LabelKind::sdg_target: return "sdg_targets";
        case LabelKind::affected_group: return "affected_groups";
        case LabelKind::action_category: return "action";
    }
    return "labels";
}

// One line of the prediction file: {"issues":[...],"action":N,"confidence":{"issues":{...},"action":p}}.
nlohmann::ordered_json prediction_json(const std::vector<Label>& labels, const RecommendationClassifier& classifier) {
    nlohmann::ordered_json line = nlohmann::ordered_json::object();
    nlohmann::ordered_json confidence = nlohmann::ordered_json::object();
    for (const auto kind : {LabelKind::issue, LabelKind::theme, LabelKind::sdg_target, LabelKind::affected_group}) {
        if (!classifier.knows(kind)) continue;
        line[plural_key(kind)] = nlohmann::ordered_json::array();
        confidence[plural_key(kind)] = nlohmann::ordered_json::object();
    }
    if (classifier.knows(LabelKind::action_category)) line["action"] = nullptr;
    for (const auto& label : labels) {
        const auto key = plural_key(label.kind);
        if (label.kind == LabelKind::action_category) {
            line[key] = std::stoi(label.value);
            confidence[key] = rounded(label.confidence);
        } else {
            line[key].push_back(label.value);
            confidence[key][label.value] = rounded(label.confidence);
        }
    }
    line["confidence"] = confidence;
    return line;
}

void classify_file(CommandContext& context, const ClassifyOptions& options,
                   const RecommendationClassifier& classifier) {
    if (options.format != "upr-info-csv") {
        return context.fail(make_error(ErrorCode::invalid_input, "cli.classify_format").with("format", options.format));
    }
    auto file = read_input_file(options.input);
    if (!file.ok()) return context.fail(file.error());
    auto texts = read_upr_info_row_texts(*file);
    if (!texts.ok()) return context.fail(texts.error());
    const auto predictions = ClassifyTexts(classifier).run(*texts);
    std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
    if (!out)
        return context.fail(make_error(ErrorCode::invalid_input, "cli.cannot_write").with("file", options.output));
    for (const auto& labels : predictions) out << prediction_json(labels, classifier).dump() << '\n';
    out.close();
    if (!out)
        return context.fail(make_error(ErrorCode::invalid_input, "cli.cannot_write").with("file", options.output));
    if (context.json) {
        CommandContext::print_json({{"rows", predictions.size()},
                                    {"output", options.output},
                                    {"model_version", classifier.manifest().model_version}});
        return;
    }
    std::cout << "classified " << predictions.size() << " rows of " << options.input << " into " << options.output
              << '\n';
}

void classify_store(CommandContext& context, const ClassifyOptions& options,
                    const RecommendationClassifier& classifier) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    std::optional<std::int64_t> review;
    if (options.review_id > 0) review = options.review_id;
    auto summary = SuggestLabels(**store, classifier).run(review);
    if (!summary.ok()) return context.fail(summary.error());
    if (context.json) {
        CommandContext::print_json({{"model_version", classifier.manifest().model_version},
                                    {"recommendations", summary->recommendations},
                                    {"suggestions", summary->suggestions},
                                    {"kept", summary->kept}});
        return;
    }
    std::cout << "suggested " << summary->suggestions << " labels for " << summary->recommendations
              << " recommendations (" << classifier.manifest().model_version << "); " << summary->kept
              << " kinds of label kept as documents or people set them\n";
}

void run_classify(CommandContext& context, const ClassifyOptions& options) {
    if (options.input.empty() != options.output.empty()) {
        return context.fail(make_error(ErrorCode::invalid_input, "cli.classify_input_output"));
    }
    auto classifier = RecommendationClassifier::load(options.model);
    if (!classifier.ok()) return context.fail(classifier.error());
    if (!options.input.empty()) return classify_file(context, options, *classifier);
    classify_store(context, options, *classifier);
}

}  // namespace

Command add_classify_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ClassifyOptions>();
    auto* sub = app.add_subcommand(
        "classify", "suggest issues, action category and themes: for the rows of a file, or stored as suggestions");
    sub->add_option("--model", options->model, "directory written by train")->required();
    sub->add_option("--input", options->input, "a file to classify row by row instead of the database");
    sub->add_option("--format", options->format, "format of --input: upr-info-csv");
    sub->add_option("--output", options->output, "JSON Lines file: one prediction per data row of --input");
    sub->add_option("--review", options->review_id, "only the recommendations of this review (database mode)");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_classify(context, *options); }};
}

}  // namespace rectrack

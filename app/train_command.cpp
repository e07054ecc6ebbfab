#include <iostream>

#include "commands.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "input_files.hpp"
#include "service/train_classifier.hpp"

namespace rectrack {

namespace {

struct TrainOptions {
    std::vector<std::string> files;
    std::string output;
    int seed = 1;
    int epochs = ClassifierTrainingOptions{}.epochs;
};

void run_train(CommandContext& context, const TrainOptions& options) {
    TrainRequest request;
    for (const auto& path : options.files) {
        auto file = read_input_file(path);
        if (!file.ok()) return context.fail(file.error());
        request.files.push_back(std::move(file.value()));
    }
    request.output_directory = options.output;
    request.options.seed = options.seed;
    request.options.epochs = options.epochs;
    const auto parsers = make_parsers(StateNormaliser::builtin());
    std::vector<const DocumentParser*> parser_views;
    parser_views.reserve(parsers.size());
    for (const auto& parser : parsers) parser_views.push_back(parser.get());
    auto summary = TrainClassifier(parser_views).run(request);
    if (!summary.ok()) return context.fail(summary.error());
    nlohmann::json models = nlohmann::json::object();
    for (const auto& [kind, count] : summary->manifest.examples) models[std::string(to_string(kind))] = count;
    if (context.json) {
        CommandContext::print_json({{"model_version", summary->manifest.model_version},
                                    {"directory", options.output},
                                    {"seed", options.seed},
                                    {"recommendations", summary->recommendations},
                                    {"examples", models}});
        return;
    }
    std::cout << "trained " << summary->manifest.model_version << " in " << options.output << " from "
              << summary->recommendations << " recommendations\n";
    for (const auto& [kind, count] : summary->manifest.examples) {
        std::cout << "  " << to_string(kind) << ": " << count << " labelled examples\n";
    }
}

}  // namespace

Command add_train_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<TrainOptions>();
    auto* sub = app.add_subcommand("train", "train the label classifiers from UPR Info exports and thematic lists");
    sub->add_option("--from", options->files, "files whose labels to learn from")->required();
    sub->add_option("--out", options->output, "directory to write the models to")->required();
    sub->add_option("--seed", options->seed, "random seed: the same files and seed give the same models");
    sub->add_option("--epochs", options->epochs, "passes over the training data")->check(CLI::Range(1, 1000));
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_train(context, *options); }};
}

}  // namespace rectrack

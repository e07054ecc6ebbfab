#include <iostream>

#include "commands.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/cluster_views.hpp"
#include "service/cluster_review.hpp"
#include "service/edit_clusters.hpp"

namespace rectrack {

namespace {

struct ClusterOptions {
    std::int64_t review_id = 0;
    bool show = false;
    std::int64_t into = 0;
    std::int64_t from = 0;
    std::int64_t cluster_id = 0;
    std::vector<std::int64_t> recommendation_ids;
    std::int64_t recommendation_id = 0;
    std::string label;
    CLI::App* merge = nullptr;
    CLI::App* split = nullptr;
    CLI::App* move = nullptr;
    CLI::App* rename = nullptr;
};

void print_text(const ReviewClusters& clusters) {
    std::size_t clustered = 0;
    for (const auto& cluster : clusters.clusters) {
        std::cout << "cluster " << cluster.id << (cluster.pinned ? " (edited)" : "") << ": " << cluster.label << '\n';
        for (const auto& recommendation : clusters.recommendations) {
            if (recommendation.cluster_id != cluster.id) continue;
            ++clustered;
            std::cout << "  " << recommendation.id << "  " << recommendation.paragraph << '\n';
        }
    }
    std::cout << clusters.clusters.size() << " clusters hold " << clustered << " of " << clusters.recommendations.size()
              << " recommendations; " << clusters.predecessors.size() << " repeat recommendations of earlier reviews\n";
}

void print_cluster(CommandContext& context, const Result<Cluster>& cluster) {
    if (!cluster.ok()) return context.fail(cluster.error());
    if (context.json) return CommandContext::print_json(cluster_json(*cluster));
    std::cout << "cluster " << cluster->id << " (edited, kept by re-clustering): " << cluster->label << '\n';
}

void run_cluster(CommandContext& context, const ClusterOptions& options) {
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    EditClusters edits(**store);
    if (options.merge->parsed()) return print_cluster(context, edits.merge(options.into, options.from));
    if (options.split->parsed()) {
        return print_cluster(context, edits.split(options.cluster_id, options.recommendation_ids));
    }
    if (options.move->parsed())
        return print_cluster(context, edits.move(options.recommendation_id, options.cluster_id));
    if (options.rename->parsed()) return print_cluster(context, edits.rename(options.cluster_id, options.label));
    if (options.review_id <= 0) return context.fail(make_error(ErrorCode::invalid_input, "cluster.review_required"));
    auto clusters =
        options.show ? ShowClusters(**store).run(options.review_id) : ClusterReview(**store).run(options.review_id);
    if (!clusters.ok()) return context.fail(clusters.error());
    if (context.json) return CommandContext::print_json(review_clusters_json(*clusters, StateNormaliser::builtin()));
    print_text(*clusters);
}

}  // namespace

Command add_cluster_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ClusterOptions>();
    auto* sub =
        app.add_subcommand("cluster", "group a review's recommendations that ask for the same thing; edit groups");
    sub->add_option("--review", options->review_id, "the review to cluster (edited clusters are kept)");
    sub->add_flag("--show", options->show, "show the stored clusters without re-clustering");
    sub->add_flag("--json", context.json, "print one JSON document");
    options->merge = sub->add_subcommand("merge", "move every member of cluster FROM into INTO");
    options->merge->add_option("into", options->into, "cluster that stays")->required();
    options->merge->add_option("from", options->from, "cluster that is emptied and deleted")->required();
    options->split = sub->add_subcommand("split", "move some members of a cluster into a new cluster");
    options->split->add_option("cluster", options->cluster_id, "cluster to split")->required();
    options->split->add_option("recommendations", options->recommendation_ids, "recommendation ids to move")
        ->required();
    options->move = sub->add_subcommand("move", "move a recommendation into another cluster of its review");
    options->move->add_option("recommendation", options->recommendation_id, "recommendation id")->required();
    options->move->add_option("cluster", options->cluster_id, "cluster id")->required();
    options->rename = sub->add_subcommand("rename", "give a cluster a label of your own");
    options->rename->add_option("cluster", options->cluster_id, "cluster id")->required();
    options->rename->add_option("label", options->label, "new label")->required();
    for (auto* edit : {options->merge, options->split, options->move, options->rename}) {
        edit->add_flag("--json", context.json, "print one JSON document");
    }
    return {sub, [&context, options] { run_cluster(context, *options); }};
}

}  // namespace rectrack

#include <iostream>

#include "commands.hpp"
#include "filter_options.hpp"
#include "follow_up_arguments.hpp"
#include "service/assign_recommendations.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

struct AssignOptions {
    std::int64_t plan = 0;
    std::string rec;
    std::string cluster;
    std::vector<std::string> filters;
    std::string lead;
    std::vector<std::string> supporters;
};

// --filter review=3 --filter issue="Women's rights": the keys of `list`'s filter flags.
Result<RecommendationFilter> filter_argument(const std::vector<std::string>& pairs) {
    FilterOptions options;
    for (const auto& pair : pairs) {
        const auto equals = pair.find('=');
        const std::string key = equals == std::string::npos ? pair : pair.substr(0, equals);
        const std::string value = equals == std::string::npos ? std::string{} : pair.substr(equals + 1);
        if (value.empty()) return make_error(ErrorCode::invalid_input, "cli.bad_filter").with("filter", pair);
        if (key == "review") {
            auto id = record_id_argument(value, "review");
            if (!id.ok()) return id.error();
            options.review = *id;
        } else if (key == "state") {
            options.state = value;
        } else if (key == "from") {
            options.recommending_state = value;
        } else if (key == "position") {
            options.position = value;
        } else if (key == "kind") {
            options.kind = value;
        } else if (key == "issue") {
            options.issue = value;
        } else {
            return make_error(ErrorCode::invalid_input, "cli.bad_filter").with("filter", pair);
        }
    }
    return options.to_filter();
}

Result<AssignRequest> request_of(const AssignOptions& options) {
    AssignRequest request;
    request.plan_id = options.plan;
    request.lead_code = options.lead;
    request.supporter_codes = options.supporters;
    if (!options.rec.empty()) {
        auto id = record_id_argument(options.rec, "recommendation");
        if (!id.ok()) return id.error();
        request.recommendation_id = *id;
    }
    if (!options.cluster.empty()) {
        auto id = record_id_argument(options.cluster, "cluster");
        if (!id.ok()) return id.error();
        request.cluster_id = *id;
    }
    if (!options.filters.empty()) {
        auto filter = filter_argument(options.filters);
        if (!filter.ok()) return filter.error();
        request.filter = *filter;
    }
    return request;
}

void run_assign(CommandContext& context, const AssignOptions& options) {
    auto request = request_of(options);
    if (!request.ok()) return context.fail(request.error());
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto actor = context.actor();
    if (!actor.ok()) return context.fail(actor.error());
    auto outcome = AssignRecommendations(**store).run(*actor, *request);
    if (!outcome.ok()) return context.fail(outcome.error());
    if (context.json) {
        nlohmann::json created = nlohmann::json::array();
        for (const auto& assignment : outcome->created) created.push_back(assignment_json(assignment));
        return CommandContext::print_json({{"assigned", outcome->created.size()},
                                           {"already_assigned", outcome->already_assigned},
                                           {"assignments", created}});
    }
    std::cout << outcome->created.size() << " assigned to " << options.lead;
    if (outcome->already_assigned > 0) std::cout << " (" << outcome->already_assigned << " were already assigned)";
    std::cout << '\n';
}

}  // namespace

Command add_assign_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<AssignOptions>();
    auto* sub = app.add_subcommand("assign", "assign recommendations of a plan to a lead and supporting institutions");
    sub->add_option("--plan", options->plan, "plan id")->required();
    auto* rec = sub->add_option("--rec", options->rec, "one recommendation id");
    auto* cluster = sub->add_option("--cluster", options->cluster, "a cluster id: all its recommendations");
    auto* filter = sub->add_option("--filter", options->filters,
                                   "key=value (review, state, from, position, kind, issue), repeatable");
    rec->excludes(cluster)->excludes(filter);
    cluster->excludes(filter);
    sub->add_option("--lead", options->lead, "code of the lead institution")->required();
    sub->add_option("--support", options->supporters, "code of a supporting institution, repeatable");
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, options] { run_assign(context, *options); }};
}

}  // namespace rectrack

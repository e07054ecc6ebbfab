#include <iostream>

#include "commands.hpp"
#include "ingest/state_normaliser.hpp"
#include "report/json_views.hpp"
#include "service/show_recommendation.hpp"

namespace rectrack {

namespace {

void print_text(const RecommendationDetail& detail, const StateDirectory& states) {
    const auto& rec = detail.recommendation;
    std::cout << "Recommendation " << rec.id << " (" << to_string(rec.kind) << ")\n"
              << "Review: " << states.name_of(detail.review.state_code) << ", " << detail.review.mechanism << " cycle "
              << detail.review.cycle << ", session " << detail.review.session << '\n';
    if (!rec.paragraph.empty()) std::cout << "Paragraph: " << rec.paragraph << '\n';
    std::cout << "Position: " << (rec.position ? to_string(*rec.position) : "none") << '\n';
    for (const auto& text : rec.texts) {
        std::cout << "\n" << text.text << "\n  from:";
        for (const auto& code : text.state_codes) std::cout << ' ' << states.name_of(code) << ';';
        std::cout << '\n';
    }
    if (!rec.labels.empty()) std::cout << '\n';
    for (const auto& label : rec.labels) {
        std::cout << to_string(label.kind) << ": " << label.value << " (" << to_string(label.provenance) << ")\n";
    }
    if (detail.source) {
        std::cout << "\nSource: " << (detail.source->symbol.empty() ? detail.source->file_name : detail.source->symbol);
        if (rec.page > 0) std::cout << ", page " << rec.page;
        std::cout << '\n';
    }
}

void run_show(CommandContext& context, const std::string& id_text) {
    std::int64_t id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(id_text, &used);
        if (used != id_text.size() || id <= 0) throw std::invalid_argument(id_text);
    } catch (const std::exception&) {
        return context.fail(make_error(ErrorCode::invalid_input, "cli.bad_id").with("value", id_text));
    }
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    auto detail = ShowRecommendation(**store).run(id);
    if (!detail.ok()) return context.fail(detail.error());
    const auto& states = StateNormaliser::builtin();
    if (!context.json) return print_text(*detail, states);
    auto json = recommendation_json(detail->recommendation);
    json["review"] = review_json(detail->review, states);
    json["source"] = detail->source ? source_document_json(*detail->source) : nlohmann::json(nullptr);
    CommandContext::print_json(json);
}

}  // namespace

Command add_show_command(CLI::App& app, CommandContext& context) {
    auto id = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("show", "show one recommendation with its texts, states, position and labels");
    sub->add_option("id", *id, "recommendation id")->required();
    sub->add_flag("--json", context.json, "print one JSON document");
    return {sub, [&context, id] { run_show(context, *id); }};
}

}  // namespace rectrack

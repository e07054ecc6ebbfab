#include "service/train_classifier.hpp"

namespace rectrack {

Result<const DocumentParser*> TrainClassifier::parser_for(const InputFile& file) const {
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    for (const auto* parser : parsers_) {
        if (parser->recognises(file)) return parser;
    }
    return make_error(ErrorCode::invalid_input, "import.unrecognised_file").with("file", file.name);
}

Result<TrainSummary> TrainClassifier::run(const TrainRequest& request) const {
    std::vector<Recommendation> recommendations;
    for (const auto& file : request.files) {
        auto parser = parser_for(file);
        if (!parser.ok()) return parser.error();
        auto batch = (*parser)->parse(file);
        if (!batch.ok()) return batch.error();
        for (auto& review : batch->reviews) {
            for (auto& recommendation : review.recommendations) recommendations.push_back(std::move(recommendation));
        }
    }
    auto manifest = RecommendationClassifier::train(recommendations, request.output_directory, request.options);
    if (!manifest.ok()) return manifest.error();
    return TrainSummary{std::move(manifest.value()), recommendations.size()};
}

}  // namespace rectrack

#include "nlp/recommendation_classifier.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/sha256.hpp"
#include "nlp/classifier_features.hpp"

namespace rectrack {

namespace {

constexpr std::string_view manifest_format = "rectrack-classifier";
constexpr int manifest_version = 1;
constexpr std::size_t model_version_hex_digits = 12;

// Multi-label kinds keep every label above this probability: on UPR Info sessions 10-13, held out of a
// model trained on sessions 1-9, 0.2 gave the best micro- and macro-F1 of 0.15-0.4.
constexpr double multi_label_threshold = 0.2;

bool is_multi_label(LabelKind kind) { return kind != LabelKind::action_category; }

// The labels of one kind that a document or a person gave, never a model's own suggestions.
std::vector<std::string> trusted_labels(const Recommendation& recommendation, LabelKind kind) {
    std::vector<std::string> values;
    for (const auto& label : recommendation.labels) {
        if (label.kind != kind || label.provenance == Provenance::suggested) continue;
        values.push_back(label.value);
        if (!is_multi_label(kind)) break;
    }
    return values;
}

Error manifest_error(const std::string& path, std::string detail) {
    return make_error(ErrorCode::invalid_input, "model.bad_manifest")
        .with("path", path)
        .with("detail", std::move(detail));
}

}  // namespace

std::string recommendation_text(const Recommendation& recommendation) {
    std::string text;
    for (const auto& part : recommendation.texts) {
        if (!text.empty()) text += ' ';
        text += part.text;
    }
    return text;
}

Result<ClassifierManifest> RecommendationClassifier::train(const std::vector<Recommendation>& recommendations,
                                                           const std::string& directory,
                                                           const ClassifierTrainingOptions& options) {
    std::error_code failure;
    std::filesystem::create_directories(directory, failure);
    if (failure) return make_error(ErrorCode::invalid_input, "model.cannot_write").with("path", directory);
    std::vector<std::string> features;
    features.reserve(recommendations.size());
    for (const auto& recommendation : recommendations)
        features.push_back(classifier_features(recommendation_text(recommendation)));

    ClassifierManifest manifest;
    manifest.seed = options.seed;
    nlohmann::json kinds = nlohmann::json::object();
    std::string fingerprint =
        std::to_string(options.seed) + '/' + std::to_string(options.epochs) + '/' + std::to_string(options.buckets);
    for (const auto kind : {LabelKind::issue, LabelKind::action_category, LabelKind::theme, LabelKind::sdg_target,
                            LabelKind::affected_group}) {
        std::vector<LabelledText> examples;
        for (std::size_t i = 0; i < recommendations.size(); ++i) {
            auto labels = trusted_labels(recommendations[i], kind);
            if (!labels.empty() && !features[i].empty()) examples.push_back({features[i], std::move(labels)});
        }
        if (examples.size() < options.minimum_examples) continue;
        const std::string file = std::string(to_string(kind)) + ".bin";
        LabelModelOptions model_options;
        model_options.multi_label = is_multi_label(kind);
        model_options.seed = options.seed;
        model_options.epochs = options.epochs;
        model_options.buckets = options.buckets;
        auto model = LabelModel::train(examples, (std::filesystem::path(directory) / file).string(), model_options);
        if (!model.ok()) return model.error();
        if (model->label_names().size() < 2) continue;
        manifest.examples[kind] = examples.size();
        kinds[std::string(to_string(kind))] = {{"file", file},
                                               {"labels", model->label_names()},
                                               {"threshold", is_multi_label(kind) ? multi_label_threshold : 0.0},
                                               {"examples", examples.size()}};
        for (const auto& example : examples) {
            fingerprint += example.features;
            for (const auto& label : example.labels) fingerprint += '\x1f' + label;
        }
    }
    if (manifest.examples.empty()) {
        return make_error(ErrorCode::invalid_input, "model.no_examples")
            .with("path", directory)
            .with("detail", "no recommendation carries an issue, action category, theme, SDG or affected group");
    }
    manifest.model_version = "fasttext-" + sha256_hex(fingerprint).substr(0, model_version_hex_digits);
    const nlohmann::json document{
        {"format", manifest_format}, {"version", manifest_version}, {"model_version", manifest.model_version},
        {"seed", options.seed},      {"epochs", options.epochs},    {"kinds", kinds}};
    const auto path = (std::filesystem::path(directory) / "manifest.json").string();
    std::ofstream out(path, std::ios::trunc);
    out << document.dump(2) << '\n';
    out.close();
    if (!out) return make_error(ErrorCode::invalid_input, "model.cannot_write").with("path", path);
    return manifest;
}

Result<RecommendationClassifier> RecommendationClassifier::load(const std::string& directory) {
    const auto path = (std::filesystem::path(directory) / "manifest.json").string();
    if (!std::filesystem::is_directory(directory)) {
        return make_error(ErrorCode::not_found, "model.not_found").with("path", directory);
    }
    std::ifstream in(path);
    if (!in) return make_error(ErrorCode::not_found, "model.not_found").with("path", path);
    const auto document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return manifest_error(path, "not a JSON object");
    if (document.value("format", "") != manifest_format || document.value("version", 0) != manifest_version) {
        return manifest_error(path, "not a rectrack classifier of version 1");
    }
    RecommendationClassifier classifier;
    classifier.manifest_.model_version = document.value("model_version", "");
    classifier.manifest_.seed = document.value("seed", 1);
    const auto kinds = document.find("kinds");
    if (kinds == document.end() || !kinds->is_object()) return manifest_error(path, "no kinds of label");
    for (const auto& [name, entry] : kinds->items()) {
        const auto kind = label_kind_from_string(name);
        if (!kind) return manifest_error(path, "unknown kind of label '" + name + "'");
        if (!entry.is_object() || !entry.contains("file") || !entry.contains("labels") || !entry["labels"].is_array()) {
            return manifest_error(path, "kind '" + name + "' lacks its file or labels");
        }
        auto model = LabelModel::load((std::filesystem::path(directory) / entry["file"].get<std::string>()).string(),
                                      entry["labels"].get<std::vector<std::string>>());
        if (!model.ok()) return model.error();
        classifier.manifest_.examples[*kind] = entry.value("examples", std::size_t{0});
        classifier.models_.emplace(*kind, KindModel{std::move(model.value()), entry.value("threshold", 0.0)});
    }
    return classifier;
}

std::vector<Label> RecommendationClassifier::classify(std::string_view text) const {
    const std::string features = classifier_features(text);
    std::vector<Label> labels;
    if (features.empty()) return labels;
    for (const auto& [kind, entry] : models_) {
        auto scored = entry.model.predict(features, is_multi_label(kind) ? entry.threshold : 2.0);
        for (auto& label : scored) {
            labels.push_back(Label{kind, std::move(label.value), Provenance::suggested, label.confidence,
                                   manifest_.model_version, std::nullopt});
        }
    }
    return labels;
}

}  // namespace rectrack

#include "nlp/label_model.hpp"

#include <fasttext/fasttext.h>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace rectrack {

namespace {

constexpr std::string_view label_prefix = "__label__";

Error model_error(std::string id, const std::string& path, std::string detail) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("path", path).with("detail", std::move(detail));
}

// Writes examples in fastText's format, each label as its index in names (sorted, so stable across runs).
Status write_training_text(const std::vector<LabelledText>& examples, const std::string& path,
                           std::vector<std::string>& names) {
    std::map<std::string, std::size_t> index;
    for (const auto& example : examples) {
        for (const auto& label : example.labels) index.emplace(label, 0);
    }
    names.clear();
    for (auto& [name, position] : index) {
        position = names.size();
        names.push_back(name);
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return make_error(ErrorCode::internal, "model.cannot_write").with("path", path);
    for (const auto& example : examples) {
        if (example.labels.empty() || example.features.empty()) continue;
        for (const auto& label : example.labels) out << label_prefix << index.at(label) << ' ';
        out << example.features << '\n';
    }
    out.close();
    if (!out) return make_error(ErrorCode::internal, "model.cannot_write").with("path", path);
    return {};
}

}  // namespace

LabelModel::LabelModel(std::unique_ptr<fasttext::FastText> model, std::vector<std::string> label_names)
    : model_(std::move(model)), label_names_(std::move(label_names)) {}
LabelModel::LabelModel(LabelModel&&) noexcept = default;
LabelModel& LabelModel::operator=(LabelModel&&) noexcept = default;
LabelModel::~LabelModel() = default;

Result<LabelModel> LabelModel::train(const std::vector<LabelledText>& examples, const std::string& path,
                                     const LabelModelOptions& options) {
    std::vector<std::string> names;
    const std::string text_path = path + ".txt";
    RECTRACK_TRY(write_training_text(examples, text_path, names));
    if (names.empty()) {
        std::remove(text_path.c_str());
        return model_error("model.no_examples", path, "no labelled text");
    }
    fasttext::Args args;
    args.input = text_path;
    args.model = fasttext::model_name::sup;
    args.loss = options.multi_label ? fasttext::loss_name::ova : fasttext::loss_name::softmax;
    args.epoch = options.epochs;
    args.lr = options.learning_rate;
    args.dim = options.dimensions;
    args.bucket = options.buckets;
    args.wordNgrams = options.word_ngrams;
    args.minCount = 1;
    args.thread = 1;
    args.seed = options.seed;
    args.verbose = 0;
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->train(args);
        model->saveModel(path);
    } catch (const std::exception& e) {
        std::remove(text_path.c_str());
        return model_error("model.training_failed", path, e.what());
    }
    std::remove(text_path.c_str());
    return LabelModel(std::move(model), std::move(names));
}

Result<LabelModel> LabelModel::load(const std::string& path, std::vector<std::string> label_names) {
    if (!std::ifstream(path)) return model_error("model.cannot_read", path, "missing or unreadable");
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->loadModel(path);
    } catch (const std::exception& e) {
        return model_error("model.cannot_read", path, e.what());
    }
    if (model->getDictionary()->nlabels() > static_cast<std::int32_t>(label_names.size())) {
        return model_error("model.cannot_read", path, "the model knows more labels than its manifest names");
    }
    return LabelModel(std::move(model), std::move(label_names));
}

std::vector<ScoredLabel> LabelModel::predict(const std::string& features, double threshold) const {
    std::istringstream line(features + '\n');
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    model_->predictLine(line, predictions, -1, 0.0F);
    std::vector<ScoredLabel> labels;
    for (const auto& [probability, name] : predictions) {
        if (!labels.empty() && probability < threshold) break;
        std::size_t index = 0;
        const std::string_view digits = std::string_view(name).substr(label_prefix.size());
        const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (parsed.ec != std::errc{} || index >= label_names_.size()) continue;
        labels.push_back({label_names_[index], static_cast<double>(probability)});
    }
    return labels;
}

}  // namespace rectrack

#include "service/classify_texts.hpp"

namespace rectrack {

std::vector<std::vector<Label>> ClassifyTexts::run(const std::vector<std::string>& texts) const {
    std::vector<std::vector<Label>> labels;
    labels.reserve(texts.size());
    for (const auto& text : texts) labels.push_back(classifier_.classify(text));
    return labels;
}

}  // namespace rectrack

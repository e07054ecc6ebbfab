#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "nlp/recommendation_classifier.hpp"

namespace rectrack {

struct TrainRequest {
    std::vector<InputFile> files;  // UPR Info exports, OHCHR thematic lists, rectrack JSONL: any importable file
    std::string output_directory;
    ClassifierTrainingOptions options;
};

struct TrainSummary {
    ClassifierManifest manifest;
    std::size_t recommendations = 0;  // read from the files, labelled or not
};

// Trains the label classifiers from the labels that documents carry (issues, action categories,
// themes, SDG targets, affected persons), reading the files as `import` would without storing them.
class TrainClassifier {
 public:
    explicit TrainClassifier(std::vector<const DocumentParser*> parsers) : parsers_(std::move(parsers)) {}

    Result<TrainSummary> run(const TrainRequest& request) const;

 private:
    Result<const DocumentParser*> parser_for(const InputFile& file) const;

    std::vector<const DocumentParser*> parsers_;
};

}  // namespace rectrack

#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "domain/store.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "service/import_documents.hpp"
#include "storage/open_store.hpp"
#include "support/temp_dir.hpp"

namespace rectrack::test {

// A SQLite store in a fresh directory, filled through ImportDocuments with the real parsers.
class ImportFixture {
 public:
    ImportFixture() : parsers_(make_parsers(StateNormaliser::builtin())) {
        auto opened = open_store("sqlite:" + (dir_ / "rectrack.db").string());
        if (!opened.ok()) throw std::runtime_error("cannot open the test store: " + opened.error().message_id);
        store_ = std::move(opened).value();
    }

    Store& store() { return *store_; }

    Result<ImportSummary> import(const std::vector<std::filesystem::path>& paths) {
        ImportRequest request;
        for (const auto& path : paths) request.files.push_back(InputFile{path.string(), read(path)});
        return run(request);
    }

    Result<ImportSummary> run(const ImportRequest& request) {
        std::vector<const DocumentParser*> views;
        for (const auto& parser : extra_parsers_) views.push_back(parser.get());
        for (const auto& parser : parsers_) views.push_back(parser.get());
        return ImportDocuments(*store_, views).run(request);
    }

    // A parser tried before the real ones, for hand-made batches.
    void add_parser(std::unique_ptr<DocumentParser> parser) { extra_parsers_.push_back(std::move(parser)); }

    std::vector<Recommendation> recommendations() {
        RecommendationFilter all;
        all.limit = 0;
        auto listed = store_->recommendations().list(all);
        if (!listed.ok()) throw std::runtime_error("cannot list: " + listed.error().message_id);
        return std::move(listed).value();
    }

    static std::string read(const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return std::move(bytes).str();
    }

 private:
    TempDir dir_;
    std::vector<std::unique_ptr<DocumentParser>> parsers_;
    std::vector<std::unique_ptr<DocumentParser>> extra_parsers_;
    std::unique_ptr<Store> store_;
};

}  // namespace rectrack::test

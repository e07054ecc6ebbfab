// Import time of each real UN document, beside the time pdftotext (poppler-utils) takes to extract the
// same PDF's text: extraction is the floor any PDF import stands on, so the ratio shows rectrack's overhead.
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "service/import_documents.hpp"
#include "storage/open_store.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int repetitions = 5;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

rectrack::InputFile read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return {path.string(), std::move(bytes).str()};
}

// An addendum answers its report: the report is imported first, untimed, as a user would have.
std::vector<rectrack::InputFile> prerequisites(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    const auto addendum = name.find("_Add.");
    if (addendum == std::string::npos) return {};
    const auto report = path.parent_path() / (name.substr(0, addendum) + "_working_group_report.pdf");
    if (!std::filesystem::exists(report)) return {};
    return {read_file(report)};
}

// Seconds one import of the file takes into a fresh database holding its prerequisites; the
// database's creation is not timed. A negative time when the import fails.
double time_import(const rectrack::InputFile& file, const std::vector<rectrack::InputFile>& before,
                   const std::vector<const rectrack::DocumentParser*>& parsers) {
    const auto db = std::filesystem::temp_directory_path() / "rectrack-document-bench.db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
    auto store = rectrack::open_store(db.string()).value();
    if (!before.empty() && !rectrack::ImportDocuments(*store, parsers).run({before, "auto", false}).ok()) return -1;
    const auto start = Clock::now();
    const bool ok = rectrack::ImportDocuments(*store, parsers).run({{file}, "auto", false}).ok();
    return ok ? seconds_since(start) : -1;
}

double time_pdftotext(const std::filesystem::path& path) {
    const std::string command = "pdftotext -layout '" + path.string() + "' /dev/null";
    const auto start = Clock::now();
    return std::system(command.c_str()) == 0 ? seconds_since(start) : -1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path folder = argc > 1 ? argv[1] : "../shared/data/un-docs";
    if (!std::filesystem::exists(folder)) {
        std::printf("document_bench: skipped, %s is missing\n", folder.c_str());
        return 0;
    }
    std::vector<std::filesystem::path> documents;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        const auto extension = entry.path().extension();
        if (extension == ".pdf" || extension == ".docx") documents.push_back(entry.path());
    }
    std::sort(documents.begin(), documents.end());
    const bool have_pdftotext = std::system("command -v pdftotext >/dev/null 2>&1") == 0;
    const auto parsers = rectrack::make_parsers(rectrack::StateNormaliser::builtin());
    std::vector<const rectrack::DocumentParser*> views;
    for (const auto& p : parsers) views.push_back(p.get());
    std::printf("document_bench: median of %d runs per document\n", repetitions);
    std::printf("  %-48s %10s %14s %7s\n", "document", "import ms", "pdftotext ms", "ratio");
    for (const auto& path : documents) {
        const auto file = read_file(path);
        const auto before = prerequisites(path);
        std::vector<double> imports;
        std::vector<double> floors;
        for (int i = 0; i < repetitions; ++i) {
            imports.push_back(time_import(file, before, views));
            if (have_pdftotext && path.extension() == ".pdf") floors.push_back(time_pdftotext(path));
        }
        const double import = median(imports);
        const double floor = floors.empty() ? 0 : median(floors);
        if (import < 0) {
            std::printf("  %-48s %10s\n", path.filename().c_str(), "failed");
            continue;
        }
        std::printf("  %-48s %10.1f", path.filename().c_str(), import * 1000);
        if (floor > 0) {
            std::printf(" %14.1f %6.2fx", floor * 1000, import / floor);
        } else {
            std::printf(" %14s %7s", "-", "-");
        }
        std::printf("\n");
    }
    return 0;
}

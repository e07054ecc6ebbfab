// Import throughput of the UPR Info exports: rows per second for parsing alone and for a full import
// into a fresh SQLite database, and the peak resident memory of the process.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "service/import_documents.hpp"
#include "storage/open_store.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int repetitions = 5;

std::vector<rectrack::InputFile> read_files(const std::filesystem::path& folder) {
    std::vector<rectrack::InputFile> files;
    for (const char* name : {"1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "voluntary.csv", "18-vietnam.csv"}) {
        std::ifstream in(folder / name, std::ios::binary);
        if (!in) continue;
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files.push_back({(folder / name).string(), std::move(bytes).str()});
    }
    return files;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// User plus system CPU time of this process: unlike wall time, not inflated by other work on the machine.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    constexpr long kib_per_mib = 1024;
    return usage.ru_maxrss / kib_per_mib;
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path folder = argc > 1 ? argv[1] : "../shared/data/upr-info";
    const auto files = read_files(folder);
    if (files.empty()) {
        std::printf("import_bench: skipped, no UPR Info export in %s\n", folder.c_str());
        return 0;
    }
    const auto& states = rectrack::StateNormaliser::builtin();
    const rectrack::UprInfoCsvParser parser(states);
    std::vector<double> parse_times;
    long rows = 0;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = Clock::now();
        rows = 0;
        for (const auto& file : files) rows += parser.parse(file).value().rows;
        parse_times.push_back(seconds_since(start));
    }
    const auto parsers = rectrack::make_parsers(states);
    std::vector<const rectrack::DocumentParser*> views;
    for (const auto& p : parsers) views.push_back(p.get());
    std::vector<double> import_times;
    std::vector<double> import_cpu_times;
    for (int i = 0; i < repetitions; ++i) {
        const auto db = std::filesystem::temp_directory_path() / ("rectrack-bench-" + std::to_string(i) + ".db");
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
        auto store = rectrack::open_store(db.string()).value();
        const auto start = Clock::now();
        const double cpu_start = cpu_seconds();
        auto summary = rectrack::ImportDocuments(*store, views).run({files, "auto", false});
        import_times.push_back(seconds_since(start));
        import_cpu_times.push_back(cpu_seconds() - cpu_start);
        if (!summary.ok()) {
            std::printf("import_bench: import failed: %s\n", summary.error().message_id.c_str());
            return 1;
        }
        store.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
    }
    const double parse = median(parse_times);
    const double import = median(import_times);
    const double import_cpu = median(import_cpu_times);
    std::printf("import_bench: %zu files, %ld rows, median of %d runs\n", files.size(), rows, repetitions);
    std::printf("  parse only:        %7.3f s  %9.0f rows/s\n", parse, static_cast<double>(rows) / parse);
    std::printf("  import to SQLite:  %7.3f s  %9.0f rows/s  (target >= 50000 rows/s)\n", import,
                static_cast<double>(rows) / import);
    std::printf("  import CPU time:   %7.3f s  %9.0f rows per CPU second\n", import_cpu,
                static_cast<double>(rows) / import_cpu);
    std::printf("  peak resident memory: %ld MiB\n", peak_rss_mib());
    return 0;
}

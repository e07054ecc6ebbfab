// Search at global scale. `generate DB UPR_INFO_DIR N` writes N recommendations scaled from the real UPR Info
// exports (other states under review, cycles, recommending states, clause order) into a fresh database and
// prints the import time. `query DB` builds rectrack's index and measures the 50 queries of
// search_queries.hpp (top 20 with snippets, with and without facet counts), the statistics breakdown and
// memory, then the same queries on SQLite FTS5 in raw SQL and on Xapian (BM25, top 20), side by side.
// `http PORT` measures the queries through a running `rectrack serve` and writes the paths for wrk.
#include <httplib.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/state_normaliser.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "search/search_index.hpp"
#include "search_queries.hpp"
#include "storage/open_store.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using rectrack::bench::search_queries;
constexpr int rounds = 5;
constexpr int top = 20;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

long rss_mib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) / 1024;
    }
    return 0;
}

struct Latency {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Runs every query `rounds` times after one warm-up round; milliseconds.
Latency measure(const std::function<void(std::string_view)>& run) {
    for (const auto query : search_queries) run(query);
    std::vector<double> samples;
    for (int round = 0; round < rounds; ++round) {
        for (const auto query : search_queries) {
            const auto start = Clock::now();
            run(query);
            samples.push_back(seconds_since(start) * 1000.0);
        }
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double share) {
        return samples[std::min(samples.size() - 1, static_cast<std::size_t>(share * samples.size()))];
    };
    return {at(0.50), at(0.99), samples.back()};
}

void print(const char* engine, const char* what, const Latency& latency) {
    std::printf("%-9s %-34s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", engine, what, latency.p50, latency.p99,
                latency.max);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// The same request in other words: clauses after the first comma rotate.
std::string reorder(const std::string& text, std::size_t copy) {
    std::vector<std::string> clauses;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(", ", start);
        clauses.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 2;
    }
    if (clauses.size() < 3 || copy % 2 == 0) return text;
    std::rotate(clauses.begin() + 1, clauses.begin() + 2, clauses.end());
    std::string out = clauses.front();
    for (std::size_t i = 1; i < clauses.size(); ++i) out += ", " + clauses[i];
    return out;
}

int generate_corpus(const std::string& db, const std::filesystem::path& folder, std::size_t wanted) {
    const auto& states = rectrack::StateNormaliser::builtin();
    const rectrack::UprInfoCsvParser parser(states);
    std::vector<std::pair<rectrack::Review, rectrack::Recommendation>> base;
    for (const char* name : {"1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "18-vietnam.csv"}) {
        if (!std::filesystem::exists(folder / name)) continue;
        auto batch = parser.parse({(folder / name).string(), read_file(folder / name)});
        if (!batch.ok()) {
            std::fprintf(stderr, "%s: %s\n", name, batch.error().message_id.c_str());
            return 1;
        }
        for (auto& review : batch->reviews) {
            for (auto& rec : review.recommendations) {
                if (rec.kind == rectrack::RecommendationKind::recommendation) base.emplace_back(review.review, rec);
            }
        }
    }
    if (base.empty()) {
        std::fprintf(stderr, "no UPR Info export in %s\n", folder.c_str());
        return 1;
    }
    std::vector<std::string> codes;
    std::map<std::string, std::size_t> index_of;
    for (const auto& state : states.all()) {
        index_of[state.code] = codes.size();
        codes.push_back(state.code);
    }
    const auto shifted = [&](const std::string& code, std::size_t by) {
        auto it = index_of.find(code);
        return it == index_of.end() ? code : codes[(it->second + by) % codes.size()];
    };
    std::filesystem::remove(db);
    auto store = rectrack::open_store(db);
    if (!store.ok()) return 1;
    const auto start = Clock::now();
    std::size_t written = 0;
    auto status = (*store)->transaction([&]() -> rectrack::Status {
        std::map<std::tuple<std::string, int, int>, std::int64_t> reviews;
        for (std::size_t copy = 0; written < wanted; ++copy) {
            for (const auto& [review, rec] : base) {
                if (written >= wanted) break;
                rectrack::Review scaled = review;
                scaled.state_code = shifted(review.state_code, copy * 37);
                scaled.cycle = static_cast<int>((review.cycle - 1 + copy) % 4) + 1;
                scaled.session = review.session + static_cast<int>(100 * copy);
                const auto key = std::make_tuple(scaled.state_code, scaled.cycle, scaled.session);
                auto found = reviews.find(key);
                if (found == reviews.end()) {
                    auto upserted = (*store)->reviews().upsert(scaled);
                    if (!upserted.ok()) return upserted.error();
                    found = reviews.emplace(key, upserted->id).first;
                }
                rectrack::Recommendation copy_of = rec;
                copy_of.review_id = found->second;
                copy_of.source_key = rec.source_key + "#" + std::to_string(copy);
                for (auto& text : copy_of.texts) {
                    text.text = reorder(text.text, copy);
                    for (auto& code : text.state_codes) code = shifted(code, copy * 11);
                }
                auto inserted = (*store)->recommendations().insert(copy_of);
                if (!inserted.ok()) return inserted.error();
                ++written;
            }
        }
        return {};
    });
    if (!status.ok()) {
        std::fprintf(stderr, "generate: %s\n", status.error().message_id.c_str());
        return 1;
    }
    const double seconds = seconds_since(start);
    std::printf("corpus: %zu recommendations from %zu real ones, imported in %.1f s (%.0f recommendations/s)\n",
                written, base.size(), seconds, static_cast<double>(written) / seconds);
    return 0;
}

struct Document {
    std::int64_t id = 0;
    std::string text;
};

// The texts as the reference engines index them: one document per recommendation, texts joined.
std::vector<Document> documents_of(rectrack::Store& store) {
    std::vector<Document> documents;
    auto status = store.search_feed().for_each_document([&](rectrack::SearchDocument&& d) {
        Document document{d.id, {}};
        for (const auto& text : d.texts) document.text += (document.text.empty() ? "" : " / ") + text.text;
        documents.push_back(std::move(document));
    });
    if (!status.ok()) std::fprintf(stderr, "reading texts: %s\n", status.error().message_id.c_str());
    return documents;
}

void bench_rectrack(rectrack::Store& store) {
    rectrack::SearchIndex index(rectrack::StateNormaliser::builtin());
    const long rss_before = rss_mib();
    const auto start = Clock::now();
    if (!index.build(store.search_feed()).ok()) return;
    std::printf(
        "rectrack  index of %zu built from the database in %.1f s; index %.0f MiB, process RSS %ld MiB "
        "(%ld MiB before)\n",
        index.size(), seconds_since(start), static_cast<double>(index.memory_bytes()) / (1024.0 * 1024.0), rss_mib(),
        rss_before);
    std::size_t matched = 0;
    const auto run = [&](std::string_view text, bool facets) {
        rectrack::SearchQuery query;
        query.text = std::string(text);
        query.limit = top;
        if (facets) {
            query.facets = {"position",       "state", "cycle",          "recommending_state",
                            "regional_group", "issue", "action_category"};
        }
        auto result = index.search(query);
        if (!result.ok()) {
            std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(text.size()), text.data(),
                         result.error().message_id.c_str());
            return;
        }
        matched += static_cast<std::size_t>(result->total);
    };
    print("rectrack", "50 queries, top 20 + snippets", measure([&](std::string_view q) { run(q, false); }));
    print("rectrack", "... and 7 facet counts", measure([&](std::string_view q) { run(q, true); }));
    std::printf("rectrack  matches per query (mean): %zu\n", matched / (search_queries.size() * (2 * rounds + 2)));
    const auto breakdown = [&](std::string_view /*query*/) {
        (void)index.breakdown(rectrack::Facet::recommending_state, {});
    };
    print("rectrack", "stats: all by recommending state", measure(breakdown));
    std::printf("rectrack  process RSS after the queries: %ld MiB\n", rss_mib());
}

void bench_fts5(const std::vector<Document>& documents, const std::string& path) {
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const auto start = Clock::now();
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE docs USING fts5(text, tokenize='porter unicode61 "
                 "remove_diacritics 2'); BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO docs (rowid, text) VALUES (?, ?)", -1, &insert, nullptr);
    for (const auto& d : documents) {
        sqlite3_bind_int64(insert, 1, d.id);
        sqlite3_bind_text(insert, 2, d.text.data(), static_cast<int>(d.text.size()), SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT; INSERT INTO docs(docs) VALUES('optimize')", nullptr, nullptr, nullptr);
    std::printf("fts5      index of %zu built in %.1f s\n", documents.size(), seconds_since(start));
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT rowid, snippet(docs, 0, '<mark>', '</mark>', '...', 32) FROM docs WHERE docs MATCH ? "
                       "ORDER BY bm25(docs) LIMIT 20",
                       -1, &query, nullptr);
    print("fts5", "50 queries, top 20 + snippets", measure([&](std::string_view text) {
              const std::string fts = rectrack::bench::fts5_query(text);
              sqlite3_bind_text(query, 1, fts.data(), static_cast<int>(fts.size()), SQLITE_TRANSIENT);
              while (sqlite3_step(query) == SQLITE_ROW) {
              }
              sqlite3_reset(query);
          }));
    sqlite3_finalize(query);
    sqlite3_close(db);
    std::filesystem::remove(path);
}

void bench_xapian(const std::vector<Document>& documents, const std::string& path) {
    std::filesystem::remove_all(path);
    const auto start = Clock::now();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;
        generator.set_stemmer(Xapian::Stem("english"));
        generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        for (const auto& d : documents) {
            Xapian::Document document;
            document.set_data(d.text);
            generator.set_document(document);
            generator.index_text(d.text);
            db.add_document(document);
        }
        db.commit();
    }
    std::printf("xapian    index of %zu built in %.1f s\n", documents.size(), seconds_since(start));
    Xapian::Database db(path);
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.set_database(db);
    parser.set_max_expansion(64);
    const unsigned flags = Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_PHRASE |
                           Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD;
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    print("xapian", "50 queries, top 20 + snippets", measure([&](std::string_view text) {
              const auto query = parser.parse_query(std::string(text), flags);
              enquire.set_query(query);
              const auto matches = enquire.get_mset(0, top);
              for (auto it = matches.begin(); it != matches.end(); ++it) {
                  (void)matches.snippet(it.get_document().get_data(), 200, Xapian::Stem("english"));
              }
          }));
    std::filesystem::remove_all(path);
}

int run_queries(const std::string& db) {
    auto store = rectrack::open_store(db);
    if (!store.ok()) return 1;
    bench_rectrack(**store);
    const auto documents = documents_of(**store);
    const std::string scratch = db + ".reference";
    bench_fts5(documents, scratch + ".fts5");
    bench_xapian(documents, scratch + ".xapian");
    return 0;
}

std::string url_encode(std::string_view text) {
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) != 0 || c == '-' || c == '*' || c == '_' || c == '.') {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

// Writes the request paths wrk cycles through: the 50 queries with facet counts.
int write_paths(const std::string& file) {
    std::ofstream out(file);
    for (const auto query : search_queries) {
        out << "/api/v1/recommendations?q=" << url_encode(query)
            << "&per_page=20&facets=position,state,cycle,recommending_state,regional_group,issue,action_category\n";
    }
    return 0;
}

// Latency through a running server, one keep-alive connection: the 50 queries with facet counts, and stats.
int measure_http(int port) {
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    int failures = 0;
    const auto get = [&](const std::string& path) {
        auto reply = client.Get(path);
        if (!reply || reply->status != 200) ++failures;
    };
    print("http", "50 queries + 7 facets, top 20", measure([&](std::string_view query) {
              get("/api/v1/recommendations?q=" + url_encode(query) +
                  "&per_page=20&facets=position,state,cycle,recommending_state,regional_group,issue,action_category");
          }));
    print("http", "stats: breakdown by recommending state",
          measure([&](std::string_view) { get("/api/v1/stats/breakdown?by=recommending_state"); }));
    print("http", "stats: per review (SQL)", measure([&](std::string_view) { get("/api/v1/stats"); }));
    if (failures > 0) std::printf("http      %d requests failed\n", failures);
    return failures == 0 ? 0 : 1;
}

// Waits up to ten minutes for a starting server to answer its health check.
int wait_for(int port) {
    httplib::Client client("127.0.0.1", port);
    for (int attempt = 0; attempt < 6000; ++attempt) {
        if (auto reply = client.Get("/api/v1/health"); reply && reply->status == 200) return 0;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::fprintf(stderr, "the server on port %d never answered\n", port);
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 4 && args[0] == "generate") return generate_corpus(args[1], args[2], std::stoul(args[3]));
    if (args.size() == 2 && args[0] == "query") return run_queries(args[1]);
    if (args.size() == 2 && args[0] == "paths") return write_paths(args[1]);
    if (args.size() == 2 && args[0] == "http") return measure_http(std::stoi(args[1]));
    if (args.size() == 2 && args[0] == "wait") return wait_for(std::stoi(args[1]));
    std::fprintf(stderr,
                 "usage: search_bench generate DB UPR_INFO_DIR N | search_bench query DB | search_bench paths FILE | "
                 "search_bench http PORT | search_bench wait PORT\n");
    return 2;
}

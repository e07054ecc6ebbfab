#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

#include "common/message_catalog.hpp"
#include "http/route_table.hpp"
#include "ingest/parser_registry.hpp"
#include "ingest/state_normaliser.hpp"
#include "search/search_index.hpp"
#include "service/import_documents.hpp"
#include "storage/file_evidence_store.hpp"
#include "storage/open_store.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// Imports the files into a fresh SQLite store the way `rectrack import` does.
inline void import_into(const std::string& db, const std::vector<std::filesystem::path>& files) {
    auto store = open_store(db);
    if (!store.ok()) throw std::runtime_error(MessageCatalog::builtin().render(store.error()));
    const auto parsers = make_parsers(StateNormaliser::builtin());
    std::vector<const DocumentParser*> views;
    for (const auto& parser : parsers) views.push_back(parser.get());
    ImportRequest request;
    for (const auto& file : files) request.files.push_back({file.string(), read_bytes(file)});
    auto summary = ImportDocuments(**store, views).run(request);
    if (!summary.ok()) throw std::runtime_error(MessageCatalog::builtin().render(summary.error()));
}

// A REST server on a free loopback port over a store holding the given files, served by its own thread.
class ApiServer {
 public:
    explicit ApiServer(const std::vector<std::filesystem::path>& files)
        : db_((dir_ / "rectrack.db").string()),
          pool_([db = db_] { return open_store(db); }),
          context_{pool_, StateNormaliser::builtin(), MessageCatalog::builtin(), &search_, &evidence_},
          server_(options()) {
        import_into(db_, files);
        register_routes(server_, context_);
        if (auto bound = server_.bind(); !bound.ok()) {
            throw std::runtime_error(MessageCatalog::builtin().render(bound.error()));
        }
        thread_ = std::thread([this] { server_.serve(); });
        wait_until_serving();
    }
    ~ApiServer() {
        server_.stop();
        thread_.join();
    }
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    [[nodiscard]] int port() const { return server_.port(); }
    [[nodiscard]] const std::string& database() const { return db_; }

    // A client with timeouts, so a server that stops answering fails the test instead of hanging it.
    [[nodiscard]] std::unique_ptr<httplib::Client> client() const {
        auto client = std::make_unique<httplib::Client>("127.0.0.1", port());
        client->set_connection_timeout(std::chrono::seconds(2));
        client->set_read_timeout(std::chrono::seconds(10));
        client->set_write_timeout(std::chrono::seconds(10));
        return client;
    }

 private:
    static ServerOptions options() {
        ServerOptions options;
        options.port = 0;
        options.threads = 8;
        return options;
    }

    // Tests begin only once the server answers, so a server that cannot start fails here with a clear message.
    void wait_until_serving() {
        constexpr int attempts = 200;
        auto probe = client();
        for (int i = 0; i < attempts; ++i) {
            if (auto reply = probe->Get("/api/v1/health"); reply && reply->status == 200) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        server_.stop();
        thread_.join();
        throw std::runtime_error("the server did not answer /api/v1/health");
    }

    TempDir dir_;
    std::string db_;
    StorePool pool_;
    SearchIndex search_{StateNormaliser::builtin()};
    FileEvidenceStore evidence_{dir_.path() / "evidence"};
    ApiContext context_;
    HttpServer server_;
    std::thread thread_;
};

// A reply's status and JSON body; the body is null when it is not JSON.
struct JsonReply {
    int status = 0;
    nlohmann::json body;
    httplib::Headers headers;
};

inline JsonReply get_json(httplib::Client& client, const std::string& path, const httplib::Headers& headers = {}) {
    auto reply = client.Get(path, headers);
    if (!reply) {
        ADD_FAILURE() << "GET " << path << " got no reply: " << httplib::to_string(reply.error());
        return {};
    }
    return {reply->status, nlohmann::json::parse(reply->body, nullptr, false), reply->headers};
}

// Every test of a suite shares one server over the Viet Nam session 18 UPR Info export.
class VietNamApiTest : public ::testing::Test {
 protected:
    static std::filesystem::path csv() { return shared_data("upr-info/18-vietnam.csv"); }

    static void TearDownTestSuite() { server_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(csv());
        if (!server_) server_ = std::make_unique<ApiServer>(std::vector{csv()});
        client_ = server_->client();
    }

    JsonReply get(const std::string& path, const httplib::Headers& headers = {}) {
        return get_json(*client_, path, headers);
    }

    static inline std::unique_ptr<ApiServer> server_;
    std::unique_ptr<httplib::Client> client_;
};

}  // namespace rectrack::test

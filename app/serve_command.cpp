#include <pthread.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

#include "commands.hpp"
#include "common/message_catalog.hpp"
#include "http/route_table.hpp"
#include "ingest/state_normaliser.hpp"
#include "search/search_index.hpp"
#include "storage/file_evidence_store.hpp"
#include "storage/open_store.hpp"

namespace rectrack {

namespace {

struct ServeOptions {
    int port = -1;
    std::string host;
};

// The signal the server sends its own waiter when it stopped for a reason of its own.
constexpr int wake_signal = SIGUSR1;

// Blocks SIGINT, SIGTERM and the wake signal in this thread and every thread it starts, so that one
// thread can wait for them.
sigset_t block_stop_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, wake_signal);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

void run_serve(CommandContext& context, const ServeOptions& options) {
    // Opening once first applies migrations and reports a bad database before the port opens.
    auto store = context.store();
    if (!store.ok()) return context.fail(store.error());
    StorePool pool([db = context.config.db] { return open_store(db); });
    // Built before the port opens, so the first search answers at once.
    SearchIndex search(StateNormaliser::builtin());
    if (auto built = search.build((*store)->search_feed()); !built.ok()) return context.fail(built.error());
    FileEvidenceStore evidence(FileEvidenceStore::beside_database(context.config.db));
    const ApiContext api{pool, StateNormaliser::builtin(), MessageCatalog::builtin(), &search, &evidence};
    ServerOptions server_options;
    server_options.host = options.host.empty() ? context.config.host : options.host;
    server_options.port = options.port >= 0 ? options.port : context.config.port;
    server_options.threads = context.config.threads;
    const sigset_t signals = block_stop_signals();
    HttpServer server(server_options);
    register_routes(server, api);
    if (auto bound = server.bind(); !bound.ok()) return context.fail(bound.error());
    std::cout << "rectrack listening on http://" << server_options.host << ':' << server.port() << std::endl;
    std::atomic<bool> stopping = false;
    std::thread waiter([&] {
        int signal = 0;
        sigwait(&signals, &signal);
        if (!stopping) spdlog::info("received signal {}, shutting down", signal);
        server.stop();
    });
    server.serve();
    stopping = true;
    // Wakes the waiter when the server stopped for a reason of its own.
    pthread_kill(waiter.native_handle(), wake_signal);
    waiter.join();
    spdlog::info("stopped");
}

}  // namespace

Command add_serve_command(CLI::App& app, CommandContext& context) {
    auto options = std::make_shared<ServeOptions>();
    auto* sub = app.add_subcommand("serve", "serve the REST API until SIGINT or SIGTERM");
    sub->add_option("--port", options->port, "TCP port (default 8080; 0 picks a free one)");
    sub->add_option("--host", options->host, "address to listen on (default 127.0.0.1)");
    return {sub, [&context, options] { run_serve(context, *options); }};
}

}  // namespace rectrack

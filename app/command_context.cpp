#include "command_context.hpp"

#include <iostream>

#include "common/message_catalog.hpp"
#include "ingest/state_normaliser.hpp"
#include "storage/open_store.hpp"

namespace rectrack {

Result<Store*> CommandContext::store() {
    if (!store_) {
        auto opened = open_store(config.db);
        if (!opened.ok()) return opened.error();
        store_ = std::move(opened.value());
    }
    return store_.get();
}

void CommandContext::fail(const Error& error) {
    const std::string message = MessageCatalog::builtin().render(error, config.language);
    std::cerr << "rectrack: " << message << '\n';
    if (json) {
        print_json(
            {{"error", {{"code", to_string(error.code)}, {"message_id", error.message_id}, {"message", message}}}});
    }
    exit_code = exit_code_for(error.code);
}

void CommandContext::print_json(const nlohmann::json& document) { std::cout << document.dump(2) << '\n'; }

Result<std::string> state_code_argument(const std::string& name_or_code) {
    auto state = StateNormaliser::builtin().resolve_code_or_name(name_or_code);
    if (!state.ok()) return make_error(ErrorCode::invalid_input, "cli.unknown_state").with("name", name_or_code);
    return (*state)->code;
}

int exit_code_for(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input: return 2;
        case ErrorCode::not_found: return 3;
        case ErrorCode::conflict: return 4;
        case ErrorCode::forbidden:
        case ErrorCode::unauthorized: return 5;
        case ErrorCode::too_large: return 2;
        case ErrorCode::unavailable:
        case ErrorCode::internal: return 1;
    }
    return 1;
}

}  // namespace rectrack

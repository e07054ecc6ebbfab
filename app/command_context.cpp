#include "command_context.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
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

namespace {

std::string login_name() {
    if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
    if (const passwd* entry = ::getpwuid(::geteuid()); entry != nullptr) return entry->pw_name;
    return "uid:" + std::to_string(::geteuid());
}

}  // namespace

Result<Actor> CommandContext::actor() {
    auto opened = store();
    if (!opened.ok()) return opened.error();
    const std::string name = acting_as.empty() ? login_name() : acting_as;
    auto user = (*opened)->users().find_by_username(name);
    if (!user.ok()) return user.error();
    if (user->has_value()) {
        if ((*user)->disabled) return make_error(ErrorCode::forbidden, "cli.disabled_user").with("name", name);
        return Actor{(*user)->id, name};
    }
    if (!acting_as.empty()) return make_error(ErrorCode::not_found, "cli.unknown_user").with("name", name);
    return Actor{std::nullopt, name};
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

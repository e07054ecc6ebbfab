#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "common/config.hpp"
#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// What every subcommand shares: the configuration, the --json switch and the store, opened on demand.
struct CommandContext {
    Config config;
    bool json = false;
    int exit_code = 0;

    std::string acting_as;  // --as USERNAME; empty: the operating system's login name

    Result<Store*> store();
    // Who the command acts as: the user named by --as (who must exist), else the OS login name.
    Result<Actor> actor();
    // Prints a failure as text on stderr (and as one JSON document on stdout with --json); sets exit_code.
    void fail(const Error& error);
    // Prints the command's JSON document on stdout.
    static void print_json(const nlohmann::json& document);

 private:
    std::unique_ptr<Store> store_;
};

// The ISO code of a state typed on the command line by code or by any spelling; cli.unknown_state otherwise.
Result<std::string> state_code_argument(const std::string& name_or_code);

// Exit status of a failed command, by kind of error.
int exit_code_for(ErrorCode code);

}  // namespace rectrack

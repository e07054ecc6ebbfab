#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rectrack {

// The kinds of expected failure; each maps to one HTTP status and one exit code at the edges.
enum class ErrorCode { invalid_input, not_found, conflict, forbidden, unauthorized, too_large, unavailable, internal };

std::string_view to_string(ErrorCode code);

// A message argument, substituted into the translated text by name: {file}, {line}, ...
struct MessageArg {
    std::string name;
    std::string value;
};

// An expected failure as a value: a kind, a message id from i18n/ and the arguments it names.
struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string message_id;
    std::vector<MessageArg> args;

    Error& with(std::string name, std::string value) {
        args.push_back({std::move(name), std::move(value)});
        return *this;
    }
    [[nodiscard]] std::string arg(std::string_view name) const;
};

inline Error make_error(ErrorCode code, std::string message_id) { return Error{code, std::move(message_id), {}}; }

}  // namespace rectrack

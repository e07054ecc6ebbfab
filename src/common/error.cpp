#include "common/error.hpp"

namespace rectrack {

std::string_view to_string(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input: return "invalid_input";
        case ErrorCode::not_found: return "not_found";
        case ErrorCode::conflict: return "conflict";
        case ErrorCode::forbidden: return "forbidden";
        case ErrorCode::unauthorized: return "unauthorized";
        case ErrorCode::too_large: return "too_large";
        case ErrorCode::unavailable: return "unavailable";
        case ErrorCode::internal: return "internal";
    }
    return "internal";
}

std::string Error::arg(std::string_view name) const {
    for (const auto& a : args) {
        if (a.name == name) return a.value;
    }
    return {};
}

}  // namespace rectrack

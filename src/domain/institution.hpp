#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/localized_text.hpp"

namespace rectrack {

// A ministry or agency that leads or supports implementation.
struct Institution {
    std::int64_t id = 0;
    std::string code;                  // short stable identifier, e.g. MOFA
    std::vector<LocalizedText> names;  // one per language
    std::optional<std::int64_t> parent_id;
    std::optional<std::int64_t> merged_into_id;  // set when merged into another institution
    std::int64_t version = 0;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <string>

#include "domain/label.hpp"

namespace rectrack {

// A model's suggested label waiting for a person to accept or reject it.
struct LabelSuggestion {
    std::int64_t recommendation_id = 0;
    std::int64_t review_id = 0;
    std::string paragraph;
    Label label;
};

}  // namespace rectrack

#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "common/result.hpp"
#include "domain/recommendation_filter.hpp"

namespace rectrack {

// The filter flags list and export share, as typed on the command line.
struct FilterOptions {
    std::int64_t review = 0;
    std::string state;
    std::string recommending_state;
    std::string position;
    std::string kind;
    std::string issue;

    void add_to(CLI::App& command);
    // State names in any spelling become codes; unknown names and positions are errors.
    [[nodiscard]] Result<RecommendationFilter> to_filter() const;
};

}  // namespace rectrack

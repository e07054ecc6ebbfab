#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/label_suggestion.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct SuggestionPage {
    std::vector<LabelSuggestion> items;
    std::int64_t total = 0;
    std::int64_t offset = 0;
    std::int64_t limit = 0;
};

// A person going through a model's suggestions: lists them, accepts one (it becomes a confirmed
// label) or rejects one (it is deleted and never suggested again).
class ReviewSuggestions {
 public:
    static constexpr std::int64_t max_page_size = 1000;

    explicit ReviewSuggestions(Store& store) : store_(store) {}

    Result<SuggestionPage> list(std::optional<std::int64_t> review_id, std::int64_t offset, std::int64_t limit);
    Status accept(std::int64_t recommendation_id, const std::string& kind, const std::string& value);
    Status reject(std::int64_t recommendation_id, const std::string& kind, const std::string& value);

 private:
    Store& store_;
};

}  // namespace rectrack

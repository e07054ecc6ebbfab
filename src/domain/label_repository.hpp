#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/label.hpp"
#include "domain/label_suggestion.hpp"

namespace rectrack {

// Labels as models suggest them and people accept or reject them; documents' labels come with imports.
class LabelRepository {
 public:
    virtual ~LabelRepository() = default;
    // Replaces the recommendation's suggestions of one kind by labels, leaving out any value a document
    // or a person already set and any a person rejected.
    virtual Status replace_suggestions(std::int64_t recommendation_id, LabelKind kind,
                                       const std::vector<Label>& labels) = 0;
    // Suggestions in review, paragraph and kind order, optionally of one review.
    virtual Result<std::vector<LabelSuggestion>> suggestions(std::optional<std::int64_t> review_id, std::int64_t offset,
                                                             std::int64_t limit) = 0;
    virtual Result<std::int64_t> count_suggestions(std::optional<std::int64_t> review_id) = 0;
    // Makes a suggestion a confirmed label; not_found when there is no such suggestion.
    virtual Status accept(std::int64_t recommendation_id, LabelKind kind, std::string_view value) = 0;
    // Deletes a suggestion and remembers the rejection so that no model suggests it again.
    virtual Status reject(std::int64_t recommendation_id, LabelKind kind, std::string_view value) = 0;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/provenance.hpp"

namespace rectrack {

enum class LabelKind { issue, theme, sdg_target, affected_group, action_category };

std::string_view to_string(LabelKind kind);
std::optional<LabelKind> label_kind_from_string(std::string_view text);

// One classification of a recommendation with where it came from.
struct Label {
    LabelKind kind = LabelKind::issue;
    std::string value;  // issue name, theme code, SDG target such as "5.2", action category "1".."5"
    Provenance provenance = Provenance::imported;
    double confidence = 1.0;
    std::string model_version;  // set for suggestions
    std::optional<std::int64_t> source_document_id;

    friend bool operator==(const Label&, const Label&) = default;
};

}  // namespace rectrack

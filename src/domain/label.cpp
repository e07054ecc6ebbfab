#include "domain/label.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names =
    enum_names(std::pair{LabelKind::issue, "issue"}, std::pair{LabelKind::theme, "theme"},
               std::pair{LabelKind::sdg_target, "sdg_target"}, std::pair{LabelKind::affected_group, "affected_group"},
               std::pair{LabelKind::action_category, "action_category"});
}

std::string_view to_string(LabelKind kind) { return names.name(kind); }
std::optional<LabelKind> label_kind_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack

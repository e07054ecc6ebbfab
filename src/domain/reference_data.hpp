#pragma once

#include <string_view>
#include <vector>

#include "domain/action_category.hpp"
#include "domain/mechanism.hpp"
#include "domain/sdg_target.hpp"
#include "domain/upr_info_issue.hpp"

namespace rectrack {

// The fixed taxonomies recommendations are labelled with; read-only and shared by every request.
class ReferenceData {
 public:
    virtual ~ReferenceData() = default;
    [[nodiscard]] virtual const std::vector<Mechanism>& mechanisms() const = 0;
    [[nodiscard]] virtual const std::vector<SdgGoal>& sdg_goals() const = 0;
    [[nodiscard]] virtual const std::vector<SdgTarget>& sdg_targets() const = 0;
    [[nodiscard]] virtual const std::vector<UprInfoIssue>& issues() const = 0;
    [[nodiscard]] virtual const std::vector<ActionCategory>& action_categories() const = 0;
    // The mechanism with this code (UPR, CCPR, ...), or nullptr.
    [[nodiscard]] virtual const Mechanism* find_mechanism(std::string_view code) const = 0;
};

}  // namespace rectrack

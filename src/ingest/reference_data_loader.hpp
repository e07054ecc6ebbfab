#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "common/embedded_files.hpp"
#include "domain/reference_data.hpp"

namespace rectrack {

// The taxonomies of data/*.tsv compiled into the binary; a malformed file is a bug and throws
// std::runtime_error naming the file and line.
class BuiltinReferenceData final : public ReferenceData {
 public:
    // Reads the embedded data/ files.
    BuiltinReferenceData();
    // Reads data/mechanisms.tsv, data/sdg_goals.tsv, ... from these files instead.
    explicit BuiltinReferenceData(std::span<const EmbeddedFile> files);

    [[nodiscard]] const std::vector<Mechanism>& mechanisms() const override { return mechanisms_; }
    [[nodiscard]] const std::vector<SdgGoal>& sdg_goals() const override { return sdg_goals_; }
    [[nodiscard]] const std::vector<SdgTarget>& sdg_targets() const override { return sdg_targets_; }
    [[nodiscard]] const std::vector<UprInfoIssue>& issues() const override { return issues_; }
    [[nodiscard]] const std::vector<ActionCategory>& action_categories() const override { return action_categories_; }
    [[nodiscard]] const Mechanism* find_mechanism(std::string_view code) const override;

 private:
    std::vector<Mechanism> mechanisms_;
    std::vector<SdgGoal> sdg_goals_;
    std::vector<SdgTarget> sdg_targets_;
    std::vector<UprInfoIssue> issues_;
    std::vector<ActionCategory> action_categories_;
};

}  // namespace rectrack

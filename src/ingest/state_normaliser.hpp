#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"
#include "domain/state.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Resolves the many spellings of a state's name (UN documents, UPR Info exports) by exact match on a
// normalised key: accents, case, `&`, a leading `the` and punctuation do not matter, words do.
class StateNormaliser final : public StateDirectory {
 public:
    // Reads the format of data/states.tsv; an invalid_input error names the line, or the two states
    // that share a spelling.
    static Result<StateNormaliser> from_tsv(std::string_view tsv);
    // The directory built from the embedded data/states.tsv, parsed on first use.
    static const StateNormaliser& builtin();

    // The key a spelling is matched by, e.g. "Côte d’Ivoire" and "COTE D'IVOIRE" both give "cote d'ivoire".
    static std::string key(std::string_view name);

    [[nodiscard]] Result<const State*> resolve(std::string_view name) const override;
    // The state with this ISO 3166-1 alpha-3 code (exact, upper case), or nullptr.
    [[nodiscard]] const State* find_by_code(std::string_view code) const override;
    [[nodiscard]] const std::vector<State>& all() const override;

 private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    // Indexes into states_, so that copies and moves stay valid.
    using Index = std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>;

    StateNormaliser() = default;

    std::vector<State> states_;
    Index by_spelling_;  // names and aliases exactly as written: the allocation-free path for known spellings
    Index by_key_;
    Index by_code_;
};

}  // namespace rectrack

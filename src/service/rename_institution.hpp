#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Replaces the names given (per language) of an institution saved at expected_version; the code stays.
class RenameInstitution {
 public:
    explicit RenameInstitution(Store& store) : store_(store) {}
    Result<Institution> run(const Actor& actor, std::int64_t id, std::int64_t expected_version,
                            const std::vector<LocalizedText>& names);

 private:
    Store& store_;
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/institution.hpp"

namespace rectrack {

class InstitutionRepository {
 public:
    virtual ~InstitutionRepository() = default;
    // A conflict error when the code is taken.
    virtual Result<Institution> create(const Institution& institution) = 0;
    virtual Result<Institution> get(std::int64_t id) = 0;
    virtual Result<std::optional<Institution>> find_by_code(std::string_view code) = 0;
    virtual Result<std::vector<Institution>> list() = 0;
    // A conflict error when institution.version is not the stored one; returns the new version.
    virtual Result<Institution> update(const Institution& institution) = 0;
    // Points every assignment, supporter, activity, progress update and focal point of from_id at to_id.
    virtual Status move_references(std::int64_t from_id, std::int64_t to_id) = 0;
};

}  // namespace rectrack

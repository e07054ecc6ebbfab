#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "service/import_institutions.hpp"

namespace rectrack {

// Reads institutions from a UTF-8 CSV whose header names its columns: code (required), name_en, name_fr,
// name_vi, parent (a code). Errors name the file and the line.
Result<std::vector<InstitutionRow>> read_institution_csv(const std::string& file, std::string_view text);

}  // namespace rectrack

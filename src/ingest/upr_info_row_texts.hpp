#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"

namespace rectrack {

// The recommendation text of every data row of a UPR Info export, in file order, one per row (a
// recommendation made by three states is three rows): what a per-row prediction file lines up with.
Result<std::vector<std::string>> read_upr_info_row_texts(const InputFile& file);

}  // namespace rectrack

#pragma once

#include <vector>

#include "common/result.hpp"
#include "ingest/table_rows.hpp"
#include "ingest/zip_package.hpp"

namespace rectrack {

// The rows of the first worksheet of an XLSX workbook, shared strings resolved, empty cells kept in place.
Result<std::vector<TableRow>> read_first_worksheet(const ZipPackage& package, const std::string& file_name);

}  // namespace rectrack

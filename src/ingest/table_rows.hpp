#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"

namespace rectrack {

// One row of a spreadsheet: its number as the user sees it (CSV line, XLSX row) and its cells.
struct TableRow {
    long number = 0;
    std::vector<std::string> cells;
};

// The rows of a CSV file (comma, semicolon or tab separated, any encoding to_utf8 reads) or of the
// first worksheet of an XLSX workbook; the first row is the header.
Result<std::vector<TableRow>> read_table_rows(const InputFile& file);

}  // namespace rectrack

#include "ingest/table_rows.hpp"

#include <algorithm>
#include <array>

#include "ingest/csv_reader.hpp"
#include "ingest/text_encoding.hpp"
#include "ingest/xlsx_sheet_reader.hpp"
#include "ingest/zip_package.hpp"

namespace rectrack {

namespace {

// The separator that occurs most in the header line: spreadsheets export ",", ";" or tabs by locale.
char guess_separator(std::string_view text) {
    const std::string_view header = text.substr(0, text.find_first_of("\r\n"));
    char best = ',';
    std::size_t best_count = 0;
    for (const char candidate : std::array{',', ';', '\t'}) {
        const auto count = static_cast<std::size_t>(std::count(header.begin(), header.end(), candidate));
        if (count > best_count) {
            best = candidate;
            best_count = count;
        }
    }
    return best;
}

Result<std::vector<TableRow>> read_csv_rows(const InputFile& file) {
    const std::string text = to_utf8(file.bytes);
    CsvReader reader(text, guess_separator(text));
    std::vector<TableRow> rows;
    std::vector<std::string> cells;
    while (true) {
        auto more = reader.next(cells);
        if (!more.ok()) return Error(more.error()).with("file", file.name);
        if (!*more) break;
        rows.push_back({reader.record_line(), cells});
    }
    return rows;
}

}  // namespace

Result<std::vector<TableRow>> read_table_rows(const InputFile& file) {
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    if (!ZipPackage::has_zip_magic(file.bytes)) return read_csv_rows(file);
    auto package = ZipPackage::open(file);
    if (!package.ok()) return package.error();
    if (!package->contains("xl/workbook.xml")) {
        return make_error(ErrorCode::invalid_input, "xlsx.not_workbook").with("file", file.name);
    }
    return read_first_worksheet(*package, file.name);
}

}  // namespace rectrack

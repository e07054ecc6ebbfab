#include "institution_csv.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "ingest/csv_reader.hpp"

namespace rectrack {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

Error bad_file(std::string message_id, const std::string& file, long line) {
    return make_error(ErrorCode::invalid_input, std::move(message_id))
        .with("file", file)
        .with("line", std::to_string(line));
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

Result<std::vector<InstitutionRow>> read_institution_csv(const std::string& file, std::string_view text) {
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    CsvReader reader(text);
    std::vector<std::string> fields;
    auto header = reader.next(fields);
    if (!header.ok()) return Error(header.error()).with("file", file);
    if (!*header) return bad_file("institution.csv_empty", file, 1);
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < fields.size(); ++i) columns[trimmed(fields[i])] = i;
    for (const auto& [name, index] : columns) {
        static const std::array known{"code", "name_en", "name_fr", "name_vi", "parent"};
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            return bad_file("institution.csv_column", file, reader.record_line()).with("column", name);
        }
    }
    if (!columns.contains("code")) return bad_file("institution.csv_no_code", file, reader.record_line());
    const auto cell = [&](const char* column) -> std::string {
        const auto found = columns.find(column);
        if (found == columns.end() || found->second >= fields.size()) return {};
        return trimmed(fields[found->second]);
    };
    std::vector<InstitutionRow> rows;
    while (true) {
        auto more = reader.next(fields);
        if (!more.ok()) return Error(more.error()).with("file", file);
        if (!*more) break;
        if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return trimmed(f).empty(); })) {
            continue;
        }
        InstitutionRow row;
        row.line = reader.record_line();
        row.institution.code = cell("code");
        if (row.institution.code.empty()) return bad_file("institution.csv_no_code", file, row.line);
        if (auto en = cell("name_en"); !en.empty()) row.institution.names.push_back({"en", en});
        if (auto fr = cell("name_fr"); !fr.empty()) row.institution.names.push_back({"fr", fr});
        if (auto vi = cell("name_vi"); !vi.empty()) row.institution.names.push_back({"vi", vi});
        row.institution.parent_code = cell("parent");
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace rectrack

#include "ingest/xlsx_sheet_reader.hpp"

#include <pugixml.hpp>
#include <string_view>

namespace rectrack {

namespace {

constexpr std::uint64_t max_part_size = std::uint64_t{64} << 20;

Error xlsx_error(std::string id, const std::string& file_name) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("file", file_name);
}

Result<pugi::xml_document> load_part(const ZipPackage& package, const std::string& name, const std::string& file_name) {
    auto bytes = package.read(name, max_part_size);
    if (!bytes.ok()) return bytes.error();
    pugi::xml_document document;
    if (!document.load_buffer(bytes->data(), bytes->size()))
        return xlsx_error("xlsx.bad_part", file_name).with("part", name);
    return document;
}

// Text of a shared string or inline string: the concatenation of its runs.
std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    for (const auto& t : item.select_nodes(".//*[local-name()='t']")) text += t.node().text().get();
    return text;
}

// Zero-based column of a cell reference such as "AB12".
std::size_t column_index(std::string_view reference) {
    std::size_t column = 0;
    for (const char c : reference) {
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return column == 0 ? 0 : column - 1;
}

// The first worksheet in workbook order, through the workbook's relationships.
Result<std::string> first_sheet_part(const ZipPackage& package, const std::string& file_name) {
    auto workbook = load_part(package, "xl/workbook.xml", file_name);
    if (!workbook.ok()) return workbook.error();
    const auto sheet = workbook->select_node("//*[local-name()='sheet']").node();
    if (!sheet) return xlsx_error("xlsx.no_sheet", file_name);
    const std::string relation = sheet.attribute("r:id").value();
    auto relations = load_part(package, "xl/_rels/workbook.xml.rels", file_name);
    if (!relations.ok()) return relations.error();
    for (const auto& r : relations->select_nodes("//*[local-name()='Relationship']")) {
        if (relation != r.node().attribute("Id").value()) continue;
        std::string target = r.node().attribute("Target").value();
        if (target.starts_with("/")) return target.substr(1);
        return "xl/" + target;
    }
    return xlsx_error("xlsx.no_sheet", file_name);
}

}  // namespace

Result<std::vector<TableRow>> read_first_worksheet(const ZipPackage& package, const std::string& file_name) {
    std::vector<std::string> shared;
    if (package.contains("xl/sharedStrings.xml")) {
        auto strings = load_part(package, "xl/sharedStrings.xml", file_name);
        if (!strings.ok()) return strings.error();
        for (const auto& si : strings->select_nodes("//*[local-name()='si']"))
            shared.push_back(string_item_text(si.node()));
    }
    auto part = first_sheet_part(package, file_name);
    if (!part.ok()) return part.error();
    auto sheet = load_part(package, *part, file_name);
    if (!sheet.ok()) return sheet.error();
    std::vector<TableRow> rows;
    for (const auto& row_node : sheet->select_nodes("//*[local-name()='sheetData']/*[local-name()='row']")) {
        TableRow row{row_node.node().attribute("r").as_int(static_cast<int>(rows.size()) + 1), {}};
        for (const auto& cell : row_node.node().children()) {
            const std::size_t column = column_index(cell.attribute("r").value());
            if (row.cells.size() <= column) row.cells.resize(column + 1);
            const std::string_view type = cell.attribute("t").value();
            const char* value = cell.child("v").text().get();
            if (type == "s") {
                const auto index = static_cast<std::size_t>(cell.child("v").text().as_ullong(shared.size()));
                if (index >= shared.size()) return xlsx_error("xlsx.bad_part", file_name).with("part", *part);
                row.cells[column] = shared[index];
            } else if (type == "inlineStr") {
                row.cells[column] = string_item_text(cell.child("is"));
            } else {
                row.cells[column] = value;
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace rectrack

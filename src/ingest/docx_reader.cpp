#include "ingest/docx_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <pugixml.hpp>

#include "ingest/zip_package.hpp"

namespace rectrack {

namespace {

// The name of an element without its namespace prefix: Word writes "w:", other producers may not.
std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view attribute(const pugi::xml_node& node, std::string_view local) {
    for (const auto& attr : node.attributes()) {
        std::string_view name = attr.name();
        const auto colon = name.find(':');
        if (colon != std::string_view::npos) name = name.substr(colon + 1);
        if (name == local) return attr.value();
    }
    return {};
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
    for (const auto& c : node.children()) {
        if (local_name(c) == local) return c;
    }
    return {};
}

// Appends the text of a paragraph; a line break inside it starts a new paragraph, as it reads on the page.
void paragraph_texts(const pugi::xml_node& paragraph, std::vector<std::string>& out) {
    std::string text;
    for (const auto& node : paragraph.select_nodes(".//*")) {
        const auto element = node.node();
        const auto name = local_name(element);
        if (name == "t") text += element.text().get();
        if (name == "tab") text += ' ';
        if (name == "br" || name == "cr") {
            out.push_back(std::move(text));
            text.clear();
        }
    }
    out.push_back(std::move(text));
}

// Children of a container, looking through content controls (w:sdt), which wrap paragraphs, rows or cells.
template <typename Visit>
void each_content_child(const pugi::xml_node& container, Visit&& visit) {
    for (const auto& node : container.children()) {
        if (local_name(node) == "sdt") {
            each_content_child(child(node, "sdtContent"), visit);
        } else {
            visit(node);
        }
    }
}

DocxCell read_cell(const pugi::xml_node& tc) {
    DocxCell cell;
    const auto properties = child(tc, "tcPr");
    if (const auto span = child(properties, "gridSpan"))
        cell.span = std::max(1, std::atoi(std::string(attribute(span, "val")).c_str()));
    if (const auto merge = child(properties, "vMerge")) {
        const auto value = attribute(merge, "val");
        cell.merged_from_above = value.empty() || value == "continue";
    }
    for (const auto& node : tc.select_nodes(".//*")) {
        if (local_name(node.node()) == "p") paragraph_texts(node.node(), cell.paragraphs);
    }
    return cell;
}

DocxTable read_table(const pugi::xml_node& tbl) {
    DocxTable table;
    each_content_child(tbl, [&](const pugi::xml_node& tr) {
        if (local_name(tr) != "tr") return;
        DocxRow row;
        each_content_child(tr, [&](const pugi::xml_node& tc) {
            if (local_name(tc) == "tc") row.cells.push_back(read_cell(tc));
        });
        table.rows.push_back(std::move(row));
    });
    return table;
}

Error docx_error(std::string id, const InputFile& file) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("file", file.name);
}

Result<pugi::xml_document> parse_xml(const std::string& xml, std::string_view entry, const InputFile& file) {
    pugi::xml_document document;
    const auto parsed = document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!parsed) {
        return docx_error("docx.bad_xml", file).with("name", std::string(entry)).with("detail", parsed.description());
    }
    return document;
}

Result<std::vector<std::string>> header_paragraphs(const ZipPackage& package, const DocxLimits& limits,
                                                   const InputFile& file) {
    std::vector<std::string> paragraphs;
    for (const auto& name : package.names()) {
        if (!name.starts_with("word/header") || !name.ends_with(".xml")) continue;
        auto xml = package.read(name, limits.max_header_xml);
        if (!xml.ok()) return xml.error();
        auto header = parse_xml(*xml, name, file);
        if (!header.ok()) return header.error();
        for (const auto& node : header->select_nodes("//*")) {
            if (local_name(node.node()) == "p") paragraph_texts(node.node(), paragraphs);
        }
    }
    return paragraphs;
}

}  // namespace

std::string DocxCell::text() const {
    std::string joined;
    for (const auto& paragraph : paragraphs) {
        if (paragraph.empty()) continue;
        if (!joined.empty()) joined += ' ';
        joined += paragraph;
    }
    return joined;
}

bool DocxReader::looks_like_docx(std::string_view bytes) {
    // The central directory repeats every entry name in clear, so a byte search finds the main part.
    return ZipPackage::has_zip_magic(bytes) && bytes.find(document_entry) != std::string_view::npos;
}

Result<DocxDocument> DocxReader::read(const InputFile& file, DocxLimits limits) {
    auto package = ZipPackage::open(file, limits.zip);
    if (!package.ok()) return package.error();
    if (!package->contains(document_entry)) return docx_error("docx.no_document", file);
    auto xml = package->read(document_entry, limits.max_document_xml);
    if (!xml.ok()) {
        if (xml.error().message_id != "docx.entry_too_large") return xml.error();
        return docx_error("docx.document_too_large", file).with("limit", std::to_string(limits.max_document_xml));
    }
    auto xml_document = parse_xml(*xml, document_entry, file);
    if (!xml_document.ok()) return xml_document.error();
    const auto body = child(child(*xml_document, "document"), "body");
    DocxDocument document;
    each_content_child(body, [&](const pugi::xml_node& node) {
        if (local_name(node) == "p") paragraph_texts(node, document.paragraphs);
        if (local_name(node) == "tbl") document.tables.push_back(read_table(node));
    });
    auto headers = header_paragraphs(*package, limits, file);
    if (!headers.ok()) return headers.error();
    document.header_paragraphs = std::move(headers).value();
    return document;
}

}  // namespace rectrack

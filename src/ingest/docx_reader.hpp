#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "ingest/zip_limits.hpp"

namespace rectrack {

// One table cell as Word shows it: its paragraphs of text, and how many grid columns it spans.
struct DocxCell {
    std::vector<std::string> paragraphs;
    int span = 1;
    bool merged_from_above = false;  // the lower part of a vertically merged cell, holding no text of its own

    [[nodiscard]] std::string text() const;  // the paragraphs joined by spaces
};

struct DocxRow {
    std::vector<DocxCell> cells;
};

struct DocxTable {
    std::vector<DocxRow> rows;
};

// The text of a Word document: body paragraphs outside tables, tables, and the page headers' paragraphs.
struct DocxDocument {
    std::vector<std::string> paragraphs;
    std::vector<DocxTable> tables;
    std::vector<std::string> header_paragraphs;
};

struct DocxLimits {
    ZipLimits zip;
    std::uint64_t max_document_xml = std::uint64_t{32} << 20;
    std::uint64_t max_header_xml = std::uint64_t{1} << 20;
};

// Reads a .docx package from memory. Errors name the file: those of ZipPackage, docx.no_document,
// docx.document_too_large, docx.bad_xml.
class DocxReader {
 public:
    static constexpr std::string_view document_entry = "word/document.xml";

    static Result<DocxDocument> read(const InputFile& file, DocxLimits limits = {});
    // Whether the bytes are a zip package naming word/document.xml, without unpacking anything.
    static bool looks_like_docx(std::string_view bytes);
};

}  // namespace rectrack

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rectrack {

enum class DocumentKind { working_group_report, addendum, thematic_list, matrix, concluding_observations, export_file };

std::string_view to_string(DocumentKind kind);
std::optional<DocumentKind> document_kind_from_string(std::string_view text);

// A file recommendations were imported from, identified by its content hash.
struct SourceDocument {
    std::int64_t id = 0;
    std::string symbol;  // UN symbol such as A/HRC/26/6; empty for exports
    DocumentKind kind = DocumentKind::export_file;
    std::string file_name;
    std::string sha256;  // hex
    int pages = 0;
    std::string imported_at;  // ISO 8601 UTC
};

}  // namespace rectrack

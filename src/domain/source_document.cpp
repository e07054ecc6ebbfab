#include "domain/source_document.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names =
    enum_names(std::pair{DocumentKind::working_group_report, "working_group_report"},
               std::pair{DocumentKind::addendum, "addendum"}, std::pair{DocumentKind::thematic_list, "thematic_list"},
               std::pair{DocumentKind::matrix, "matrix"},
               std::pair{DocumentKind::concluding_observations, "concluding_observations"},
               std::pair{DocumentKind::export_file, "export_file"});
}

std::string_view to_string(DocumentKind kind) { return names.name(kind); }
std::optional<DocumentKind> document_kind_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack

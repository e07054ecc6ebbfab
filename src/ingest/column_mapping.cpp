#include "ingest/column_mapping.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {

constexpr auto field_names =
    enum_names(std::pair{MappedField::text, "text"}, std::pair{MappedField::states, "states"},
               std::pair{MappedField::position, "position"}, std::pair{MappedField::paragraph, "paragraph"},
               std::pair{MappedField::state_under_review, "state_under_review"},
               std::pair{MappedField::mechanism, "mechanism"}, std::pair{MappedField::session, "session"},
               std::pair{MappedField::cycle, "cycle"}, std::pair{MappedField::year, "year"},
               std::pair{MappedField::issues, "issues"}, std::pair{MappedField::action, "action"});

}  // namespace

Result<ColumnMapping> ColumnMapping::parse(std::string_view spec) {
    ColumnMapping mapping;
    while (!spec.empty()) {
        const auto comma = spec.find(',');
        const std::string_view item = spec.substr(0, comma);
        spec.remove_prefix(comma == std::string_view::npos ? spec.size() : comma + 1);
        const auto equals = item.find('=');
        if (equals == std::string_view::npos || equals == 0 || equals + 1 == item.size()) {
            return make_error(ErrorCode::invalid_input, "mapping.malformed").with("item", std::string(item));
        }
        const auto field = field_names.parse(item.substr(0, equals));
        if (!field) {
            return make_error(ErrorCode::invalid_input, "mapping.unknown_field")
                .with("field", std::string(item.substr(0, equals)));
        }
        mapping.columns[*field] = std::string(item.substr(equals + 1));
    }
    if (!mapping.column(MappedField::text)) {
        return make_error(ErrorCode::invalid_input, "mapping.missing_field").with("field", "text");
    }
    return mapping;
}

std::optional<std::string> ColumnMapping::column(MappedField field) const {
    auto it = columns.find(field);
    if (it == columns.end()) return std::nullopt;
    return it->second;
}

}  // namespace rectrack

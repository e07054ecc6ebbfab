#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace rectrack {

// The fields rectrack can take from a spreadsheet column.
enum class MappedField {
    text,
    states,
    position,
    paragraph,
    state_under_review,
    mechanism,
    session,
    cycle,
    year,
    issues,
    action
};

// Which column holds which field, as given on the command line:
// "text=Recommendation,states=From,position=Response,paragraph=Para,state_under_review=To,year=Year".
struct ColumnMapping {
    std::map<MappedField, std::string> columns;
    // Values that hold for every row when no column gives them (the import's --state, --cycle, --session).
    std::string state_under_review;
    std::string mechanism = "UPR";
    int cycle = 0;
    int session = 0;

    // invalid_input "mapping.unknown_field" or "mapping.malformed" naming the offending part.
    static Result<ColumnMapping> parse(std::string_view spec);
    [[nodiscard]] std::optional<std::string> column(MappedField field) const;
};

}  // namespace rectrack

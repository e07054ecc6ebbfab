#pragma once

#include <cstddef>
#include <optional>

#include "domain/source_document.hpp"
#include "ingest/docx_reader.hpp"

namespace rectrack {

// Which grid column of an OHCHR thematic list or matrix holds what, read from its header row:
// "Recommendation | Position | Full list of themes | Assessment..." (cycles II and III),
// "Recommendation and recommending State | Position of the State under review | Human rights themes and
// groups of persons | Relevant SDGs" (cycle IV), or a matrix giving the recommending states a column of their own.
struct RecommendationTableLayout {
    std::size_t columns = 0;  // grid columns of the header row
    std::size_t recommendation = 0;
    std::optional<std::size_t> states;
    std::optional<std::size_t> position;
    std::optional<std::size_t> themes;
    std::optional<std::size_t> sdgs;

    // The layout a header row announces; nullopt when the row is no recommendation table's header.
    static std::optional<RecommendationTableLayout> from_header(const DocxRow& row);

    [[nodiscard]] DocumentKind document_kind() const {
        return states ? DocumentKind::matrix : DocumentKind::thematic_list;
    }
};

// The cell of a row covering grid column `column`, or nullptr when the row is shorter.
const DocxCell* cell_at_column(const DocxRow& row, std::size_t column);
// The number of grid columns a row covers.
std::size_t grid_columns(const DocxRow& row);

}  // namespace rectrack

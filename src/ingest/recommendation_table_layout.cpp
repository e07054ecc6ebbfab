#include "ingest/recommendation_table_layout.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace rectrack {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool has(const std::string& text, std::string_view word) { return text.find(word) != std::string::npos; }

}  // namespace

std::size_t grid_columns(const DocxRow& row) {
    std::size_t columns = 0;
    for (const auto& cell : row.cells) columns += static_cast<std::size_t>(cell.span);
    return columns;
}

const DocxCell* cell_at_column(const DocxRow& row, std::size_t column) {
    std::size_t first = 0;
    for (const auto& cell : row.cells) {
        const auto last = first + static_cast<std::size_t>(cell.span);
        if (column >= first && column < last) return &cell;
        first = last;
    }
    return nullptr;
}

std::optional<RecommendationTableLayout> RecommendationTableLayout::from_header(const DocxRow& row) {
    RecommendationTableLayout layout;
    bool found_recommendation = false;
    std::size_t column = 0;
    for (const auto& cell : row.cells) {
        const auto title = lower(cell.text());
        // Tested in this order because titles overlap: "Position of the State under review" names a state.
        if (has(title, "position") || has(title, "response")) {
            layout.position = layout.position.value_or(column);
        } else if (has(title, "recommendation") && !found_recommendation) {
            layout.recommendation = column;
            found_recommendation = true;
        } else if (has(title, "sdg") || has(title, "sustainable development")) {
            layout.sdgs = layout.sdgs.value_or(column);
        } else if (has(title, "theme")) {
            layout.themes = layout.themes.value_or(column);
        } else if (has(title, "state") || has(title, "countr") || has(title, "delegation")) {
            layout.states = layout.states.value_or(column);
        }
        column += static_cast<std::size_t>(cell.span);
    }
    layout.columns = column;
    if (!found_recommendation || (!layout.position && !layout.themes && !layout.states)) return std::nullopt;
    return layout;
}

}  // namespace rectrack

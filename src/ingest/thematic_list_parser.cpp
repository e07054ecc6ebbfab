#include "ingest/thematic_list_parser.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "domain/mechanism.hpp"
#include "ingest/list_heading.hpp"
#include "ingest/listed_position.hpp"
#include "ingest/recommendation_cell.hpp"
#include "ingest/recommendation_table_layout.hpp"
#include "ingest/recommendation_texts.hpp"
#include "ingest/theme_cell.hpp"

namespace rectrack {

namespace {

constexpr std::size_t header_rows_searched = 3;
constexpr std::size_t title_paragraphs_searched = 12;
constexpr std::string_view theme_row_prefix = "theme:";

// A table of recommendations with the layout its header announced (or its predecessor's, when it goes on).
struct RecommendationTable {
    const DocxTable* table = nullptr;
    std::size_t number = 0;     // 1-based among the document's tables
    std::size_t first_row = 0;  // the first row after the header
    RecommendationTableLayout layout;
};

// Where a row is and what the rows above it said, for the entries it holds and the errors it raises.
struct RowContext {
    const InputFile& file;
    std::size_t table = 0;
    std::size_t row = 0;  // 1-based within the table, header included
    std::string_view primary_theme;
};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

Error row_error(std::string id, const RowContext& at) {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", at.file.name)
        .with("table", std::to_string(at.table))
        .with("row", std::to_string(at.row));
}

std::optional<RecommendationTableLayout> header_of(const DocxTable& table, std::size_t& header_row) {
    for (std::size_t i = 0; i < std::min(table.rows.size(), header_rows_searched); ++i) {
        if (auto layout = RecommendationTableLayout::from_header(table.rows[i])) {
            header_row = i;
            return layout;
        }
    }
    return std::nullopt;
}

// Tables with a recommendation header, and the header-less tables right after one with as many columns:
// a list Word split into several tables goes on in the same layout.
std::vector<RecommendationTable> recommendation_tables(const DocxDocument& document) {
    std::vector<RecommendationTable> found;
    std::optional<RecommendationTableLayout> previous;
    for (std::size_t i = 0; i < document.tables.size(); ++i) {
        const auto& table = document.tables[i];
        std::size_t header_row = 0;
        if (auto layout = header_of(table, header_row)) {
            found.push_back(RecommendationTable{&table, i + 1, header_row + 1, *layout});
            previous = layout;
        } else if (previous && !table.rows.empty() && grid_columns(table.rows.front()) == previous->columns) {
            found.push_back(RecommendationTable{&table, i + 1, 0, *previous});
        } else {
            previous.reset();
        }
    }
    return found;
}

// The theme a "Theme: A12 Acceptance of international norms" row gives the rows under it.
std::optional<std::string> theme_row(const DocxRow& row) {
    std::string text;
    for (const auto& cell : row.cells) {
        const auto cell_text = cell.text();
        if (cell_text.find_first_not_of(' ') == std::string::npos) continue;
        if (!text.empty()) return std::nullopt;  // a theme row holds one piece of text
        text = cell_text;
    }
    const auto item = list_item_text(text);
    if (!lower(item).starts_with(theme_row_prefix)) return std::nullopt;
    return list_item_text(item.substr(theme_row_prefix.size()));
}

std::string cell_paragraphs(const DocxCell* cell, char separator) {
    std::string joined;
    if (cell == nullptr) return joined;
    for (const auto& paragraph : cell->paragraphs) {
        if (paragraph.find_first_not_of(' ') == std::string::npos) continue;
        if (!joined.empty()) joined += separator;
        joined += paragraph;
    }
    return joined;
}

void add_labels(Recommendation& recommendation, LabelKind kind, const std::vector<std::string>& values) {
    for (const auto& value : values) {
        const bool present = std::any_of(recommendation.labels.begin(), recommendation.labels.end(),
                                         [&](const Label& l) { return l.kind == kind && l.value == value; });
        if (!present) recommendation.labels.push_back(Label{kind, value, Provenance::imported});
    }
}

void label(Recommendation& recommendation, const DocxRow& row, const RecommendationTableLayout& layout,
           std::string_view primary_theme) {
    ThemeCell themes;
    if (layout.themes) {
        if (const auto* cell = cell_at_column(row, *layout.themes)) themes = ThemeCell::read(cell->paragraphs);
    }
    if (layout.sdgs) {
        if (const auto* cell = cell_at_column(row, *layout.sdgs)) {
            const auto more = ThemeCell::read_sdgs(cell->paragraphs);
            themes.sdgs.insert(themes.sdgs.end(), more.begin(), more.end());
        }
    }
    if (!primary_theme.empty()) add_labels(recommendation, LabelKind::theme, {std::string(primary_theme)});
    add_labels(recommendation, LabelKind::theme, themes.themes);
    add_labels(recommendation, LabelKind::affected_group, themes.affected_groups);
    add_labels(recommendation, LabelKind::sdg_target, themes.sdgs);
}

// The entry a row holds; nullopt for a row holding none (no paragraph number in its recommendation cell).
Result<std::optional<Recommendation>> read_row(const DocxRow& row, const RecommendationTableLayout& layout,
                                               const RowContext& at, const StateDirectory& states,
                                               std::string& report_symbol) {
    const auto* recommendation_cell = cell_at_column(row, layout.recommendation);
    if (recommendation_cell == nullptr) return std::optional<Recommendation>{};
    auto cell = RecommendationCell::read(*recommendation_cell);
    if (!cell) return std::optional<Recommendation>{};
    if (report_symbol.empty()) report_symbol = cell->report_symbol;

    const auto states_column = layout.states ? cell_paragraphs(cell_at_column(row, *layout.states), '\n') : "";
    auto texts = recommendation_texts(cell->text, states_column, states);
    if (!texts.ok()) {
        return row_error(
                   texts.error().message_id == "report.unknown_state" ? "docx.unknown_state" : texts.error().message_id,
                   at)
            .with("paragraph", cell->paragraph)
            .with("name", texts.error().arg("name"))
            .with("detail", cell->text);
    }
    if (texts->empty()) return row_error("docx.empty_recommendation", at).with("paragraph", cell->paragraph);

    Recommendation recommendation;
    recommendation.paragraph = cell->paragraph;
    recommendation.source_key = cell->paragraph;
    recommendation.kind = RecommendationKind::recommendation;
    recommendation.texts = std::move(texts).value();
    if (layout.position) {
        const auto printed = cell_paragraphs(cell_at_column(row, *layout.position), ' ');
        const auto position = ListedPosition::read(printed);
        if (!position.recognised) {
            return row_error("docx.bad_position", at).with("paragraph", cell->paragraph).with("detail", printed);
        }
        recommendation.position = position.position;
    }
    label(recommendation, row, layout, at.primary_theme);
    return std::optional<Recommendation>{std::move(recommendation)};
}

Result<std::vector<Recommendation>> read_tables(const std::vector<RecommendationTable>& tables, const InputFile& file,
                                                const StateDirectory& states, std::string& report_symbol) {
    std::vector<Recommendation> recommendations;
    std::string primary_theme;
    for (const auto& table : tables) {
        for (std::size_t r = table.first_row; r < table.table->rows.size(); ++r) {
            const auto& row = table.table->rows[r];
            if (auto theme = theme_row(row)) {
                primary_theme = std::move(*theme);
                continue;
            }
            const RowContext at{file, table.number, r + 1, primary_theme};
            auto recommendation = read_row(row, table.layout, at, states, report_symbol);
            if (!recommendation.ok()) return recommendation.error();
            if (*recommendation) recommendations.push_back(std::move(**recommendation));
        }
    }
    return recommendations;
}

std::vector<std::string> heading_lines(const DocxDocument& document) {
    std::vector<std::string> lines = document.header_paragraphs;
    std::size_t taken = 0;
    for (const auto& paragraph : document.paragraphs) {
        if (paragraph.find_first_not_of(' ') == std::string::npos) continue;
        if (taken++ == title_paragraphs_searched) break;
        lines.push_back(paragraph);
    }
    return lines;
}

// A matrix when the states have a column of their own or the document calls itself one.
DocumentKind document_kind(const std::vector<RecommendationTable>& tables, const std::vector<std::string>& heading,
                           std::string_view file_name) {
    if (tables.front().layout.document_kind() == DocumentKind::matrix) return DocumentKind::matrix;
    const auto says_matrix = [](std::string_view text) { return lower(text).find("matrix") != std::string::npos; };
    if (says_matrix(file_name) || std::any_of(heading.begin(), heading.end(), says_matrix)) {
        return DocumentKind::matrix;
    }
    return DocumentKind::thematic_list;
}

Error file_error(std::string id, const InputFile& file) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("file", file.name);
}

}  // namespace

bool ThematicListParser::recognises(const InputFile& file) const { return DocxReader::looks_like_docx(file.bytes); }

Result<ImportBatch> ThematicListParser::parse(const InputFile& file) const {
    auto document = DocxReader::read(file, limits_);
    if (!document.ok()) return document.error();
    const auto tables = recommendation_tables(*document);
    if (tables.empty()) {
        return file_error("docx.no_recommendation_table", file)
            .with("detail",
                  "no table has a header row with a Recommendation column and a Position, Themes or "
                  "State column");
    }
    const auto lines = heading_lines(*document);
    const auto heading = ListHeading::read(lines, file.name, states_);
    if (heading.state == nullptr) return file_error("docx.unknown_review_state", file);
    if (heading.session == 0) return file_error("docx.no_session", file);

    std::string report_symbol;
    auto recommendations = read_tables(tables, file, states_, report_symbol);
    if (!recommendations.ok()) return recommendations.error();
    if (recommendations->empty()) {
        return file_error("docx.no_recommendation_table", file)
            .with("detail", "the recommendation tables hold no numbered recommendation");
    }

    SourceDocument source;
    source.kind = document_kind(tables, lines, file.name);
    source.file_name = file.name;
    Review review;
    review.state_code = heading.state->code;
    review.mechanism = "UPR";
    review.session = heading.session;
    review.cycle = upr_cycle_of_session(heading.session);
    review.document_symbol = report_symbol;
    return single_review_batch(std::move(source), std::move(review), std::move(recommendations).value());
}

}  // namespace rectrack

#include "ingest/mapped_row_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "domain/mechanism.hpp"

namespace rectrack {

namespace {

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) s.remove_suffix(1);
    return std::string(s);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::optional<int> whole_number(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// A cycle as tables write it: "2", "II", "cycle II".
std::optional<int> cycle_number(std::string text) {
    text = lower(trimmed(text));
    if (text.starts_with("cycle")) text = trimmed(text.substr(5));
    constexpr std::array<std::string_view, 5> roman{"i", "ii", "iii", "iv", "v"};
    for (std::size_t i = 0; i < roman.size(); ++i) {
        if (text == roman[i]) return static_cast<int>(i) + 1;
    }
    return whole_number(text);
}

// The UPR cycle a year of review falls in; 2022 saw both cycle III and IV sessions, so it decides nothing.
std::optional<int> upr_cycle_of_year(int year) {
    constexpr int first_year = 2008;
    if (year < first_year) return std::nullopt;
    if (year <= 2011) return 1;
    if (year <= 2016) return 2;
    if (year <= 2021) return 3;
    if (year == 2022) return std::nullopt;
    return 4 + (year - 2023) / 5;
}

std::optional<Position> position_of(std::string text) {
    text = lower(trimmed(text));
    if (text.empty() || text == "pending") return Position::pending;
    if (text.starts_with("partially") || text == "supported/noted") return Position::partially_supported;
    if (text == "accepted" || text == "supported" || text == "accept" || text == "support") return Position::supported;
    if (text == "noted" || text == "rejected" || text == "not accepted" || text == "not supported")
        return Position::noted;
    return std::nullopt;
}

std::vector<std::string> split_list(std::string_view text, std::string_view separators) {
    std::vector<std::string> items;
    while (!text.empty()) {
        const auto at = text.find_first_of(separators);
        std::string item = trimmed(text.substr(0, at));
        if (!item.empty()) items.push_back(std::move(item));
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + 1);
    }
    return items;
}

}  // namespace

Result<MappedRowReader> MappedRowReader::create(const StateDirectory& states, const ColumnMapping& mapping,
                                                const TableRow& header, std::string file_name) {
    MappedRowReader reader(states, mapping, std::move(file_name));
    for (const auto& [field, column] : mapping.columns) {
        const auto wanted = lower(trimmed(column));
        auto found = std::find_if(header.cells.begin(), header.cells.end(),
                                  [&](const std::string& cell) { return lower(trimmed(cell)) == wanted; });
        if (found == header.cells.end()) {
            std::string available;
            for (const auto& cell : header.cells) available += (available.empty() ? "" : ", ") + trimmed(cell);
            return make_error(ErrorCode::invalid_input, "table.unknown_column")
                .with("file", reader.file_name_)
                .with("column", column)
                .with("available", available);
        }
        reader.index_[field] = static_cast<std::size_t>(found - header.cells.begin());
    }
    if (!mapping.column(MappedField::state_under_review) && mapping.state_under_review.empty()) {
        return make_error(ErrorCode::invalid_input, "mapping.missing_field").with("field", "state_under_review");
    }
    return reader;
}

std::string MappedRowReader::cell(const TableRow& row, MappedField field) const {
    auto it = index_.find(field);
    if (it == index_.end() || it->second >= row.cells.size()) return {};
    return trimmed(row.cells[it->second]);
}

Error MappedRowReader::row_error(std::string id, const TableRow& row) const {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", file_name_)
        .with("row", std::to_string(row.number));
}

Result<Review> MappedRowReader::read_review(const TableRow& row) const {
    Review review;
    const std::string state_name = index_.count(MappedField::state_under_review) != 0
                                       ? cell(row, MappedField::state_under_review)
                                       : mapping_.state_under_review;
    auto state = states_.resolve_code_or_name(state_name);
    if (!state.ok()) return row_error("table.unknown_state", row).with("name", state_name);
    review.state_code = (*state)->code;
    const std::string mechanism = cell(row, MappedField::mechanism);
    review.mechanism = mechanism.empty() ? mapping_.mechanism : mechanism;
    std::transform(review.mechanism.begin(), review.mechanism.end(), review.mechanism.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    review.session = mapping_.session;
    if (const auto text = cell(row, MappedField::session); !text.empty()) {
        auto session = whole_number(text);
        if (!session || *session <= 0)
            return row_error("table.bad_number", row).with("field", "session").with("value", text);
        review.session = *session;
    }
    review.cycle = mapping_.cycle;
    if (const auto text = cell(row, MappedField::cycle); !text.empty()) {
        auto cycle = cycle_number(text);
        if (!cycle || *cycle <= 0) return row_error("table.bad_number", row).with("field", "cycle").with("value", text);
        review.cycle = *cycle;
    }
    if (review.cycle == 0 && review.mechanism == "UPR") review.cycle = upr_cycle_of_session(review.session);
    if (const auto text = cell(row, MappedField::year);
        review.cycle == 0 && !text.empty() && review.mechanism == "UPR") {
        auto year = whole_number(text);
        auto cycle = year ? upr_cycle_of_year(*year) : std::nullopt;
        if (!cycle) return row_error("table.ambiguous_cycle", row).with("value", text);
        review.cycle = *cycle;
    }
    return review;
}

Result<std::vector<std::string>> MappedRowReader::read_states(const TableRow& row) const {
    const std::string list = cell(row, MappedField::states);
    std::vector<std::string> codes;
    if (list.empty()) return codes;
    // A whole cell that names one state wins over splitting, for names that hold commas.
    if (auto whole = states_.resolve(list); whole.ok()) return std::vector<std::string>{(*whole)->code};
    for (const auto& name : split_list(list, ";,/")) {
        auto state = states_.resolve(name);
        if (!state.ok()) return row_error("table.unknown_state", row).with("name", name);
        if (std::find(codes.begin(), codes.end(), (*state)->code) == codes.end()) codes.push_back((*state)->code);
    }
    return codes;
}

Result<MappedRow> MappedRowReader::read(const TableRow& row) const {
    MappedRow mapped;
    auto review = read_review(row);
    if (!review.ok()) return review.error();
    mapped.review = std::move(review.value());
    mapped.text.text = cell(row, MappedField::text);
    if (mapped.text.text.empty()) return row_error("table.empty_text", row);
    auto states = read_states(row);
    if (!states.ok()) return states.error();
    mapped.text.state_codes = std::move(states.value());
    mapped.paragraph = cell(row, MappedField::paragraph);
    if (index_.count(MappedField::position) != 0) {
        const std::string text = cell(row, MappedField::position);
        mapped.position = position_of(text);
        if (!mapped.position) return row_error("table.bad_position", row).with("value", text);
    }
    mapped.issues = split_list(cell(row, MappedField::issues), ",;");
    mapped.action = cell(row, MappedField::action);
    if (!mapped.action.empty() && (mapped.action.size() != 1 || mapped.action[0] < '1' || mapped.action[0] > '5')) {
        return row_error("table.bad_number", row).with("field", "action").with("value", mapped.action);
    }
    return mapped;
}

}  // namespace rectrack

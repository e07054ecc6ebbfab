#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/recommendation.hpp"
#include "domain/review.hpp"
#include "domain/state_directory.hpp"
#include "ingest/column_mapping.hpp"
#include "ingest/table_rows.hpp"

namespace rectrack {

// One spreadsheet row read through a column mapping.
struct MappedRow {
    Review review;
    std::string paragraph;
    RecommendationText text;
    std::optional<Position> position;
    std::vector<std::string> issues;
    std::string action;
};

// Reads rows of one table: resolves the header once, then each row's fields; errors name file and row.
class MappedRowReader {
 public:
    static Result<MappedRowReader> create(const StateDirectory& states, const ColumnMapping& mapping,
                                          const TableRow& header, std::string file_name);
    [[nodiscard]] Result<MappedRow> read(const TableRow& row) const;

 private:
    MappedRowReader(const StateDirectory& states, const ColumnMapping& mapping, std::string file_name)
        : states_(states), mapping_(mapping), file_name_(std::move(file_name)) {}

    [[nodiscard]] std::string cell(const TableRow& row, MappedField field) const;
    [[nodiscard]] Error row_error(std::string id, const TableRow& row) const;
    [[nodiscard]] Result<Review> read_review(const TableRow& row) const;
    [[nodiscard]] Result<std::vector<std::string>> read_states(const TableRow& row) const;

    const StateDirectory& states_;
    const ColumnMapping& mapping_;
    std::string file_name_;
    std::map<MappedField, std::size_t> index_;
};

}  // namespace rectrack

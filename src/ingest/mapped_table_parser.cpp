#include "ingest/mapped_table_parser.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "common/sha256.hpp"
#include "ingest/mapped_row_reader.hpp"
#include "ingest/table_rows.hpp"

namespace rectrack {

namespace {

constexpr std::size_t source_key_hex_digits = 24;

bool blank(const TableRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const std::string& cell) { return cell.find_first_not_of(" \t\r\n") == std::string::npos; });
}

// Collects rows into reviews and recommendations, merging the rows of one recommendation.
class MappedBatchBuilder {
 public:
    explicit MappedBatchBuilder(ImportBatch& batch) : batch_(batch) {}

    void add(MappedRow&& row) {
        const auto review_key =
            std::make_tuple(row.review.state_code, row.review.mechanism, row.review.cycle, row.review.session);
        auto [review, new_review] = reviews_.try_emplace(review_key, batch_.reviews.size());
        if (new_review) batch_.reviews.push_back(ImportedReview{row.review, {}, {}});
        auto& recommendations = batch_.reviews[review->second].recommendations;
        const std::string key = source_key(row);
        auto [rec, new_rec] = recommendations_.try_emplace(std::make_pair(review->second, key), recommendations.size());
        if (new_rec) {
            recommendations.push_back(make_recommendation(row, key));
            return;
        }
        merge(recommendations[rec->second], row);
    }

 private:
    static std::string source_key(const MappedRow& row) {
        if (!row.paragraph.empty()) return row.paragraph;
        const std::string identity =
            row.text.text + '\x1f' + (row.position ? std::string(to_string(*row.position)) : "");
        return "table:" + sha256_hex(identity).substr(0, source_key_hex_digits);
    }

    static Recommendation make_recommendation(const MappedRow& row, const std::string& key) {
        Recommendation rec;
        rec.paragraph = row.paragraph;
        rec.source_key = key;
        rec.texts.push_back(row.text);
        rec.position = row.position;
        for (const auto& issue : row.issues) rec.labels.push_back(Label{LabelKind::issue, issue});
        if (!row.action.empty()) rec.labels.push_back(Label{LabelKind::action_category, row.action});
        return rec;
    }

    // Another row of the same recommendation: a new text, or more states for a text already there.
    static void merge(Recommendation& rec, const MappedRow& row) {
        auto text = std::find_if(rec.texts.begin(), rec.texts.end(),
                                 [&](const RecommendationText& t) { return t.text == row.text.text; });
        if (text == rec.texts.end()) {
            rec.texts.push_back(row.text);
        } else {
            for (const auto& code : row.text.state_codes) {
                if (std::find(text->state_codes.begin(), text->state_codes.end(), code) == text->state_codes.end()) {
                    text->state_codes.push_back(code);
                }
            }
        }
        for (const auto& issue : row.issues) {
            const Label label{LabelKind::issue, issue};
            if (std::find(rec.labels.begin(), rec.labels.end(), label) == rec.labels.end()) rec.labels.push_back(label);
        }
    }

    ImportBatch& batch_;
    std::map<std::tuple<std::string, std::string, int, int>, std::size_t> reviews_;
    std::map<std::pair<std::size_t, std::string>, std::size_t> recommendations_;
};

}  // namespace

Result<ImportBatch> MappedTableParser::parse(const InputFile& file) const {
    auto rows = read_table_rows(file);
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return make_error(ErrorCode::invalid_input, "import.no_records").with("file", file.name);
    auto reader = MappedRowReader::create(states_, mapping_, rows->front(), file.name);
    if (!reader.ok()) return reader.error();
    ImportBatch batch;
    batch.document.kind = DocumentKind::export_file;
    batch.document.file_name = file.name;
    MappedBatchBuilder builder(batch);
    for (std::size_t i = 1; i < rows->size(); ++i) {
        if (blank((*rows)[i])) continue;
        auto row = reader->read((*rows)[i]);
        if (!row.ok()) return row.error();
        builder.add(std::move(row.value()));
        ++batch.rows;
    }
    if (batch.rows == 0) return make_error(ErrorCode::invalid_input, "import.no_records").with("file", file.name);
    return batch;
}

}  // namespace rectrack

#include "ingest/upr_info_row_texts.hpp"

#include "ingest/csv_reader.hpp"
#include "ingest/text_encoding.hpp"

namespace rectrack {

namespace {

constexpr std::string_view expected_header =
    "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";
constexpr std::size_t column_count = 11;
constexpr std::size_t text_column = 3;

std::string joined(const std::vector<std::string>& fields) {
    std::string text;
    for (const auto& field : fields) text += (text.empty() ? "" : ",") + field;
    return text;
}

bool is_blank(const std::vector<std::string>& fields) {
    return fields.size() == 1 && fields[0].find_first_not_of(" \t\n") == std::string::npos;
}

}  // namespace

Result<std::vector<std::string>> read_upr_info_row_texts(const InputFile& file) {
    if (file.bytes.empty()) return make_error(ErrorCode::invalid_input, "import.empty_file").with("file", file.name);
    const std::string text = to_utf8(file.bytes);
    CsvReader reader(text);
    std::vector<std::string> fields;
    auto header = reader.next(fields);
    if (!header.ok()) return Error(header.error()).with("file", file.name);
    std::string found = joined(fields);
    if (found.starts_with("\xEF\xBB\xBF")) found.erase(0, 3);
    if (found != expected_header) {
        return make_error(ErrorCode::invalid_input, "upr_info.bad_header")
            .with("file", file.name)
            .with("line", "1")
            .with("expected", std::string(expected_header))
            .with("found", found);
    }
    std::vector<std::string> texts;
    while (true) {
        auto more = reader.next(fields);
        if (!more.ok()) return Error(more.error()).with("file", file.name);
        if (!*more) break;
        if (is_blank(fields)) continue;
        if (fields.size() != column_count) {
            return make_error(ErrorCode::invalid_input, "upr_info.field_count")
                .with("file", file.name)
                .with("line", std::to_string(reader.record_line()))
                .with("expected", std::to_string(column_count))
                .with("found", std::to_string(fields.size()));
        }
        texts.push_back(decode_html_entities(fields[text_column]));
    }
    if (texts.empty()) return make_error(ErrorCode::invalid_input, "import.no_records").with("file", file.name);
    return texts;
}

}  // namespace rectrack

#include "ingest/csv_reader.hpp"

namespace rectrack {

CsvReader::CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

bool CsvReader::at_line_end() const { return text_[pos_] == '\r' || text_[pos_] == '\n'; }

void CsvReader::skip_line_end() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
}

Result<bool> CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    if (pos_ >= text_.size()) return false;
    record_line_ = line_;
    std::string field;
    while (true) {
        field.clear();
        if (pos_ < text_.size() && text_[pos_] == '"') {
            const long opened_on = line_;
            ++pos_;
            while (true) {
                if (pos_ >= text_.size()) {
                    return make_error(ErrorCode::invalid_input, "csv.unterminated_quote")
                        .with("line", std::to_string(opened_on));
                }
                const char c = text_[pos_];
                if (c == '"') {
                    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                        field += '"';
                        pos_ += 2;
                        continue;
                    }
                    ++pos_;
                    break;
                }
                if (c == '\r' || c == '\n') {
                    // A newline inside quotes belongs to the field; keep it as LF whatever the file used.
                    skip_line_end();
                    field += '\n';
                    continue;
                }
                field += c;
                ++pos_;
            }
            // Text after a closing quote up to the separator is kept, as spreadsheet programs do.
            while (pos_ < text_.size() && text_[pos_] != separator_ && !at_line_end()) field += text_[pos_++];
        } else {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] != separator_ && !at_line_end()) ++pos_;
            field.assign(text_.substr(start, pos_ - start));
        }
        fields.push_back(field);
        if (pos_ >= text_.size()) return true;
        if (text_[pos_] == separator_) {
            ++pos_;
            continue;
        }
        skip_line_end();
        return true;
    }
}

}  // namespace rectrack

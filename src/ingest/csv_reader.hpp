#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace rectrack {

// Reads RFC 4180 records from UTF-8 text with CR, LF or CRLF line ends and quoted fields that may
// hold newlines; tracks physical line numbers so that errors can name them.
class CsvReader {
 public:
    explicit CsvReader(std::string_view text, char separator = ',');

    // Fills fields with the next record; false at the end of the text. An unterminated quoted
    // field is an invalid_input error "csv.unterminated_quote" naming the line it opened on.
    Result<bool> next(std::vector<std::string>& fields);

    // The line the last record returned by next() started on, counting from 1.
    [[nodiscard]] long record_line() const { return record_line_; }

 private:
    void skip_line_end();
    [[nodiscard]] bool at_line_end() const;

    std::string_view text_;
    char separator_;
    std::size_t pos_ = 0;
    long line_ = 1;
    long record_line_ = 0;
};

}  // namespace rectrack

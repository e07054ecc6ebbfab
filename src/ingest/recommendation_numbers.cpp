#include "ingest/recommendation_numbers.hpp"

#include <cctype>
#include <optional>

namespace rectrack {

namespace {

constexpr int longest_range = 500;  // more items than any report's paragraph holds
constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view em_dash = "\xE2\x80\x94";

struct Number {
    std::string paragraph;  // empty for a bare number
    int item = 0;
};

class Cursor {
 public:
    explicit Cursor(std::string_view text) : text_(text) {}

    [[nodiscard]] std::size_t position() const { return at_; }
    void reset(std::size_t position) { at_ = position; }
    void skip_spaces() {
        while (at_ < text_.size() && text_[at_] == ' ') ++at_;
    }
    bool take(std::string_view word) {
        if (text_.substr(at_, word.size()) != word) return false;
        at_ += word.size();
        return true;
    }
    bool take_word(std::string_view word) {
        const auto end = at_ + word.size();
        if (text_.substr(at_, word.size()) != word) return false;
        if (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end])) != 0) return false;
        at_ = end;
        return true;
    }
    std::optional<int> digits() {
        const auto start = at_;
        while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])) != 0 && at_ - start < 6) {
            ++at_;
        }
        if (at_ == start) return std::nullopt;
        return std::stoi(std::string(text_.substr(start, at_ - start)));
    }
    [[nodiscard]] bool at_digit() const {
        return at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])) != 0;
    }

 private:
    std::string_view text_;
    std::size_t at_ = 0;
};

// "122.5" or "5"; a dot not followed by a digit ends the sentence, not the number.
std::optional<Number> read_number(Cursor& cursor) {
    const auto first = cursor.digits();
    if (!first) return std::nullopt;
    const auto after_first = cursor.position();
    if (cursor.take(".") && cursor.at_digit()) return Number{std::to_string(*first), *cursor.digits()};
    cursor.reset(after_first);
    return Number{{}, *first};
}

bool take_range_mark(Cursor& cursor) {
    const auto start = cursor.position();
    cursor.skip_spaces();
    if (cursor.take("-") || cursor.take(en_dash) || cursor.take(em_dash) || cursor.take_word("to")) {
        cursor.skip_spaces();
        return true;
    }
    cursor.reset(start);
    return false;
}

bool take_separator(Cursor& cursor) {
    const auto start = cursor.position();
    cursor.skip_spaces();
    const bool comma = cursor.take(",");
    cursor.skip_spaces();
    const bool conjunction = cursor.take_word("and") || cursor.take_word("as well as");
    cursor.skip_spaces();
    if ((comma || conjunction) && cursor.at_digit()) return true;
    cursor.reset(start);
    return false;
}

Error bad_range(std::string_view text, std::string detail) {
    return make_error(ErrorCode::invalid_input, "addendum.bad_range")
        .with("range", std::string(text))
        .with("detail", std::move(detail));
}

std::string key(const std::string& paragraph, int item) {
    return paragraph.empty() ? std::to_string(item) : paragraph + "." + std::to_string(item);
}

// The items from `from` to the end mark just read, e.g. 122.2-10 or 122.1 to 122.4.
Result<int> range_end(Cursor& cursor, const Number& from, std::string_view list, std::size_t start) {
    const auto end = read_number(cursor);
    const auto text = list.substr(start, cursor.position() - start);
    if (!end) return bad_range(text, "a range without an end");
    if (!end->paragraph.empty() && end->paragraph != from.paragraph) {
        return bad_range(text, "a range from paragraph " + from.paragraph + " into paragraph " + end->paragraph);
    }
    if (end->item < from.item) return bad_range(text, "a range that runs backwards");
    if (end->item - from.item > longest_range) return bad_range(text, "a range longer than any report's list");
    return end->item;
}

// "in paragraph 99" after a bare list names the paragraph its numbers belong to.
std::optional<std::string> trailing_paragraph(Cursor& cursor) {
    const auto start = cursor.position();
    cursor.skip_spaces();
    if ((cursor.take_word("in") || cursor.take_word("of")) && (cursor.skip_spaces(), cursor.take_word("paragraph"))) {
        cursor.skip_spaces();
        if (const auto number = cursor.digits()) return std::to_string(*number);
    }
    cursor.reset(start);
    return std::nullopt;
}

}  // namespace

Result<RecommendationNumbers> read_recommendation_numbers(std::string_view text, const std::string& paragraph) {
    Cursor cursor(text);
    cursor.skip_spaces();
    RecommendationNumbers read;
    bool all_bare = true;
    std::string current = paragraph;
    do {
        const auto start = cursor.position();
        auto number = read_number(cursor);
        if (!number) break;
        all_bare = all_bare && number->paragraph.empty();
        if (number->paragraph.empty()) number->paragraph = current;
        current = number->paragraph;
        int last = number->item;
        if (take_range_mark(cursor)) {
            auto end = range_end(cursor, *number, text, start);
            if (!end.ok()) return end.error();
            last = *end;
        }
        for (int item = number->item; item <= last; ++item) read.numbers.push_back(key(number->paragraph, item));
        read.length = cursor.position();
    } while (take_separator(cursor));
    cursor.reset(read.length);
    const auto named = trailing_paragraph(cursor);
    if (named && all_bare && !read.numbers.empty() && *named != paragraph) {
        return read_recommendation_numbers(text, *named);
    }
    if (named && all_bare) read.length = cursor.position();
    return read;
}

}  // namespace rectrack

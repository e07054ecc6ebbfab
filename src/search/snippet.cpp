#include "search/snippet.hpp"

#include <vector>

#include "search/text_analyzer.hpp"

namespace rectrack {

namespace {

void append_text(std::string& out, std::string_view text, bool escape_html) {
    if (!escape_html) {
        out += text;
        return;
    }
    for (const char c : text) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            default: out += c;
        }
    }
}

constexpr std::string_view ellipsis = "\xE2\x80\xA6";

}  // namespace

std::string make_snippet(std::string_view text, const std::unordered_set<std::string>& terms, const SnippetMarks& marks,
                         std::size_t window) {
    const auto tokens = TextAnalyzer::tokens(text);
    std::vector<bool> matched(tokens.size());
    std::size_t any = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        matched[i] = terms.count(tokens[i].term) > 0;
        any += matched[i] ? 1 : 0;
    }
    if (any == 0) return {};
    // Slides a window over the words and keeps the first one holding the most matches.
    std::size_t best_start = 0;
    std::size_t best = 0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        inside += matched[i] ? 1 : 0;
        if (i >= window) inside -= matched[i - window] ? 1 : 0;
        const std::size_t start = i >= window ? i - window + 1 : 0;
        if (inside > best) {
            best = inside;
            best_start = start;
        }
    }
    // Starts a few words before the first match so it reads in context.
    std::size_t first_match = best_start;
    while (!matched[first_match]) ++first_match;
    constexpr std::size_t lead = 4;
    const std::size_t start = first_match > best_start + lead ? first_match - lead : best_start;
    const std::size_t stop = std::min(tokens.size(), start + window);
    std::string out;
    std::size_t cursor = start == 0 ? 0 : tokens[start].begin;
    if (start > 0) out += ellipsis;
    for (std::size_t i = start; i < stop; ++i) {
        append_text(out, text.substr(cursor, tokens[i].begin - cursor), marks.escape_html);
        const std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        if (matched[i]) out += marks.open;
        append_text(out, word, marks.escape_html);
        if (matched[i]) out += marks.close;
        cursor = tokens[i].end;
    }
    if (stop < tokens.size()) {
        out += ellipsis;
    } else {
        append_text(out, text.substr(cursor), marks.escape_html);
    }
    return out;
}

std::string text_opening(std::string_view text, const SnippetMarks& marks, std::size_t window) {
    const auto tokens = TextAnalyzer::tokens(text);
    std::string out;
    if (tokens.size() <= window) {
        append_text(out, text, marks.escape_html);
        return out;
    }
    append_text(out, text.substr(0, tokens[window - 1].end), marks.escape_html);
    out += ellipsis;
    return out;
}

}  // namespace rectrack

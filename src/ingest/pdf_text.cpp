#include "ingest/pdf_text.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <future>
#include <iterator>
#include <memory>
#include <mutex>

namespace rectrack {

namespace {

constexpr std::string_view pdf_magic = "%PDF-";
constexpr std::size_t magic_search_window = 1024;  // the header may follow a few bytes of junk
constexpr float word_gap_as_space = 0.15F;         // fraction of the font size

Error pdf_error(std::string id, const InputFile& file) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("file", file.name);
}

// poppler reports damaged objects on stderr; the caller gets a Result instead.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

Status check_bytes(const InputFile& file, const PdfTextLimits& limits) {
    if (file.bytes.empty()) return pdf_error("pdf.empty", file);
    if (file.bytes.size() > limits.max_bytes || file.bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        return pdf_error("pdf.too_large", file).with("bytes", std::to_string(file.bytes.size()));
    }
    const auto head = std::string_view(file.bytes).substr(0, magic_search_window);
    if (head.find(pdf_magic) == std::string_view::npos) return pdf_error("pdf.not_pdf", file);
    return {};
}

std::string utf8(const poppler::ustring& text) {
    const auto bytes = text.to_utf8();
    return {bytes.begin(), bytes.end()};
}

PdfWord to_word(const poppler::text_box& box) {
    const auto r = box.bbox();
    return PdfWord{utf8(box.text()),
                   static_cast<float>(r.left()),
                   static_cast<float>(r.right()),
                   static_cast<float>(r.top()),
                   static_cast<float>(r.bottom()),
                   static_cast<float>(box.get_font_size()),
                   box.has_space_after(),
                   box.has_font_info() && box.get_font_name().find("Bold") != std::string::npos};
}

bool same_line(const PdfLine& line, const PdfWord& word) {
    const float word_centre = (word.top + word.bottom) / 2;
    const float line_centre = (line.top + line.bottom) / 2;
    return (word_centre >= line.top && word_centre <= line.bottom) ||
           (line_centre >= word.top && line_centre <= word.bottom);
}

// Groups words into lines by their vertical extent, so that raised footnote marks stay on their line.
std::vector<PdfLine> group_lines(std::vector<PdfWord> words) {
    std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.top < b.top; });
    std::vector<PdfLine> lines;
    for (auto& word : words) {
        auto it = std::find_if(lines.rbegin(), lines.rend(), [&](const PdfLine& l) { return same_line(l, word); });
        if (it == lines.rend()) {
            lines.push_back(PdfLine{{}, word.top, word.bottom});
            it = lines.rbegin();
        }
        it->top = std::min(it->top, word.top);
        it->bottom = std::max(it->bottom, word.bottom);
        it->words.push_back(std::move(word));
    }
    for (auto& line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(),
                         [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
    }
    std::stable_sort(lines.begin(), lines.end(), [](const PdfLine& a, const PdfLine& b) { return a.top < b.top; });
    return lines;
}

constexpr int min_pages_to_split = 8;

// The words of pages [first, last), each page's limits checked as it is read.
Result<std::vector<PdfPage>> extract_pages(const poppler::document& document, const InputFile& file, int first,
                                           int last, const PdfTextLimits& limits) {
    std::vector<PdfPage> pages;
    std::size_t text_bytes = 0;
    std::size_t word_count = 0;
    for (int index = first; index < last; ++index) {
        const std::unique_ptr<poppler::page> page(document.create_page(index));
        if (!page) return pdf_error("pdf.unreadable", file).with("page", std::to_string(index + 1));
        std::vector<PdfWord> words;
        for (const auto& box : page->text_list(poppler::page::text_list_include_font)) {
            words.push_back(to_word(box));
            text_bytes += words.back().text.size();
            if (text_bytes > limits.max_text_bytes || ++word_count > limits.max_words) {
                return pdf_error("pdf.too_large", file).with("page", std::to_string(index + 1));
            }
        }
        pages.push_back(PdfPage{index + 1, group_lines(std::move(words))});
    }
    return pages;
}

// The limits over the whole document, once its halves are joined.
Status check_totals(const std::vector<PdfPage>& pages, const InputFile& file, const PdfTextLimits& limits) {
    std::size_t text_bytes = 0;
    std::size_t word_count = 0;
    for (const auto& page : pages) {
        for (const auto& line : page.lines) {
            word_count += line.words.size();
            for (const auto& word : line.words) text_bytes += word.text.size();
        }
        if (text_bytes > limits.max_text_bytes || word_count > limits.max_words) {
            return pdf_error("pdf.too_large", file).with("page", std::to_string(page.number));
        }
    }
    return {};
}

}  // namespace

std::string PdfLine::text() const {
    std::string joined;
    const PdfWord* previous = nullptr;
    for (const auto& word : words) {
        if (previous != nullptr &&
            (previous->space_after || word.left - previous->right > word_gap_as_space * word.font_size)) {
            joined += ' ';
        }
        joined += word.text;
        previous = &word;
    }
    return joined;
}

Result<PdfText> PdfText::extract(const InputFile& file, const PdfTextLimits& limits) {
    return extract_first(file, INT_MAX, limits);
}

Result<PdfText> PdfText::extract_first(const InputFile& file, int pages_to_read, const PdfTextLimits& limits) {
    RECTRACK_TRY(check_bytes(file, limits));
    silence_poppler();
    // poppler reads the caller's bytes in place; they outlive the document, which dies at the end of this scope.
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(file.bytes.data(), static_cast<int>(file.bytes.size())));
    if (!document) return pdf_error("pdf.unreadable", file);
    if (document->is_locked()) return pdf_error("pdf.encrypted", file);
    const int pages = document->pages();
    if (pages <= 0) return pdf_error("pdf.unreadable", file).with("detail", "no pages");
    if (pages > limits.max_pages) {
        return pdf_error("pdf.too_many_pages", file)
            .with("pages", std::to_string(pages))
            .with("limit", std::to_string(limits.max_pages));
    }
    const int to_read = std::min(pages, pages_to_read);
    // Two halves on two cores, each from its own poppler document: extraction dominates an import.
    const int split = to_read >= min_pages_to_split ? to_read / 2 : to_read;
    std::future<Result<std::vector<PdfPage>>> second_half;
    if (split < to_read) {
        second_half =
            std::async(std::launch::async, [&file, split, to_read, &limits]() -> Result<std::vector<PdfPage>> {
                const std::unique_ptr<poppler::document> own(
                    poppler::document::load_from_raw_data(file.bytes.data(), static_cast<int>(file.bytes.size())));
                if (!own) return pdf_error("pdf.unreadable", file);
                return extract_pages(*own, file, split, to_read, limits);
            });
    }
    auto first = extract_pages(*document, file, 0, split, limits);
    PdfText text;
    if (!first.ok()) return first.error();
    text.pages_ = std::move(first.value());
    if (second_half.valid()) {
        auto second = second_half.get();
        if (!second.ok()) return second.error();
        std::move(second->begin(), second->end(), std::back_inserter(text.pages_));
    }
    RECTRACK_TRY(check_totals(text.pages_, file, limits));
    const bool has_text =
        std::any_of(text.pages_.begin(), text.pages_.end(), [](const PdfPage& p) { return !p.lines.empty(); });
    if (!has_text) return pdf_error("pdf.no_text", file).with("pages", std::to_string(pages));
    return text;
}

}  // namespace rectrack

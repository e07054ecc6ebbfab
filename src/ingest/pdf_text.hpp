#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"

namespace rectrack {

// One word as the PDF draws it; coordinates in points from the page's top-left corner.
struct PdfWord {
    std::string text;
    float left = 0;
    float right = 0;
    float top = 0;
    float bottom = 0;
    float font_size = 0;
    bool space_after = false;
    bool bold = false;  // set in a bold face: headings
};

// Words sharing a baseline band, left to right; superscripts join the line they are raised above.
struct PdfLine {
    std::vector<PdfWord> words;
    float top = 0;
    float bottom = 0;

    // The words joined as drawn, with a space wherever the PDF leaves one.
    [[nodiscard]] std::string text() const;
};

struct PdfPage {
    int number = 0;              // 1-based
    std::vector<PdfLine> lines;  // top to bottom
};

// Bounds on what one PDF may cost. Besides the file's bytes, extraction holds poppler's state for one
// page per half of the document (the halves are read side by side) and the words read so far: each
// half stops at max_text_bytes of text and max_words words of 56 bytes, and the whole is checked
// again when they are joined, so under 90 MiB for any file. A 319-page report (125,000 words, 0.7 MB
// of text) peaks at under 40 MiB resident for the whole process.
struct PdfTextLimits {
    std::size_t max_bytes = std::size_t{64} << 20U;
    int max_pages = 400;
    std::size_t max_text_bytes = std::size_t{16} << 20U;
    std::size_t max_words = 500'000;
};

// The text of a PDF, page by page and line by line, read with poppler-cpp.
class PdfText {
 public:
    // Errors (message ids, each naming the file): pdf.empty, pdf.not_pdf, pdf.too_large, pdf.unreadable,
    // pdf.encrypted, pdf.too_many_pages, pdf.no_text (image-only scans).
    static Result<PdfText> extract(const InputFile& file, const PdfTextLimits& limits = {});
    // Only the first `pages` pages (at most), for a cheap look at a cover; the same errors.
    static Result<PdfText> extract_first(const InputFile& file, int pages, const PdfTextLimits& limits = {});

    [[nodiscard]] const std::vector<PdfPage>& pages() const { return pages_; }
    [[nodiscard]] int page_count() const { return static_cast<int>(pages_.size()); }

 private:
    std::vector<PdfPage> pages_;
};

}  // namespace rectrack

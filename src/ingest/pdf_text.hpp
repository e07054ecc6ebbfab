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

// Bounds on what one PDF may cost. With the defaults a 300-page report holds in memory its bytes,
// one poppler page at a time and its words: at most max_text_bytes of text plus about 48 bytes of
// position per word, so under 64 MiB besides the file itself.
struct PdfTextLimits {
    std::size_t max_bytes = std::size_t{64} << 20U;
    int max_pages = 400;
    std::size_t max_text_bytes = std::size_t{16} << 20U;
};

// The text of a PDF, page by page and line by line, read with poppler-cpp.
class PdfText {
 public:
    // Errors (message ids, each naming the file): pdf.empty, pdf.not_pdf, pdf.too_large, pdf.unreadable,
    // pdf.encrypted, pdf.too_many_pages, pdf.no_text (image-only scans).
    static Result<PdfText> extract(const InputFile& file, const PdfTextLimits& limits = {});

    [[nodiscard]] const std::vector<PdfPage>& pages() const { return pages_; }
    [[nodiscard]] int page_count() const { return static_cast<int>(pages_.size()); }

 private:
    std::vector<PdfPage> pages_;
};

}  // namespace rectrack

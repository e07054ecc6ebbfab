#include "ingest/pdf_text.hpp"

#include <gtest/gtest.h>

#include "support/input_file.hpp"
#include "support/test_paths.hpp"

namespace rectrack {
namespace {

std::vector<std::string> lines_of(const PdfPage& page) {
    std::vector<std::string> lines;
    for (const auto& line : page.lines) lines.push_back(line.text());
    return lines;
}

// A long document is read in two halves side by side; the result must be the one a single pass gives.
TEST(PdfText, HalvesReadSideBySideGiveTheSinglePassText) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    const auto file = test::read_input_file(path);
    auto whole = PdfText::extract(file);
    ASSERT_TRUE(whole.ok()) << whole.error().message_id;
    ASSERT_EQ(whole->page_count(), 29);
    for (int page = 0; page < whole->page_count(); ++page) {
        EXPECT_EQ(whole->pages()[page].number, page + 1);
    }
    // Fewer than eight pages are read in one pass: compare each page with such a read of its own prefix.
    for (const int prefix : {1, 7}) {
        auto single = PdfText::extract_first(file, prefix);
        ASSERT_TRUE(single.ok());
        ASSERT_EQ(single->pages().size(), static_cast<std::size_t>(prefix));
        for (int page = 0; page < prefix; ++page) {
            EXPECT_EQ(lines_of(single->pages()[page]), lines_of(whole->pages()[page])) << "page " << page + 1;
        }
    }
    const auto& last = whole->pages().back();
    EXPECT_FALSE(last.lines.empty());
}

TEST(PdfText, TheWholeDocumentIsHeldToTheTextLimits) {
    const auto path = test::shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
    RECTRACK_REQUIRE_FILE(path);
    PdfTextLimits limits;
    limits.max_words = 2000;  // far fewer than the report's words, more than either half's first pages
    auto refused = PdfText::extract(test::read_input_file(path), limits);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message_id, "pdf.too_large");
}

}  // namespace
}  // namespace rectrack

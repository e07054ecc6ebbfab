#include "ingest/text_encoding.hpp"

#include <gtest/gtest.h>

namespace rectrack {
namespace {

TEST(TextEncoding, Utf8PassesThroughWithoutItsByteOrderMark) {
    EXPECT_EQ(to_utf8("\xEF\xBB\xBFViet Nam, C\xC3\xB4te d'Ivoire"), "Viet Nam, C\xC3\xB4te d'Ivoire");
    EXPECT_EQ(to_utf8("Vi\xE1\xBB\x87t Nam"), "Vi\xE1\xBB\x87t Nam");
    EXPECT_EQ(to_utf8("plain ASCII"), "plain ASCII");
}

TEST(TextEncoding, OtherBytesAreMacRoman) {
    EXPECT_EQ(to_utf8("Caf\x8E"), "Caf\xC3\xA9");                                      // 0x8E is é
    EXPECT_EQ(to_utf8("\x87 \x88 \x8D \x9A"), "\xC3\xA1 \xC3\xA0 \xC3\xA7 \xC3\xB6");  // á à ç ö
    EXPECT_EQ(to_utf8("\xD2quoted\xD3"), "\xE2\x80\x9Cquoted\xE2\x80\x9D");            // curly double quotes
    EXPECT_EQ(to_utf8("10\xA1"), "10\xC2\xB0");                                        // 0xA1 is the degree sign
}

TEST(TextEncoding, ValidatesUtf8) {
    EXPECT_TRUE(is_valid_utf8("\xC3\xA9"));
    EXPECT_FALSE(is_valid_utf8("\x8E"));
    EXPECT_FALSE(is_valid_utf8("\xC3"));
}

TEST(TextEncoding, DecodesNumericAndNamedEntities) {
    EXPECT_EQ(decode_html_entities("&#40;Unknown&#41;"), "(Unknown)");
    EXPECT_EQ(decode_html_entities("&#x28;a&#x29;"), "(a)");
    EXPECT_EQ(decode_html_entities("Bosnia &amp; Herzegovina"), "Bosnia & Herzegovina");
    EXPECT_EQ(decode_html_entities("&lt;b&gt; &quot;x&quot;"), "<b> \"x\"");
    EXPECT_EQ(decode_html_entities("&#233;"), "\xC3\xA9");
}

TEST(TextEncoding, LeavesWhatIsNoEntityAlone) {
    EXPECT_EQ(decode_html_entities("R&D; A & B"), "R&D; A & B");
    EXPECT_EQ(decode_html_entities("&#xZZ; &nosuch; &"), "&#xZZ; &nosuch; &");
    EXPECT_EQ(decode_html_entities("no entity"), "no entity");
}

}  // namespace
}  // namespace rectrack

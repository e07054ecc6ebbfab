#include "search/text_analyzer.hpp"

#include <gtest/gtest.h>

namespace rectrack {
namespace {

std::vector<std::string> terms(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& token : TextAnalyzer::tokens(text)) out.push_back(token.term);
    return out;
}

TEST(TextAnalyzer, VietnameseWithoutDiacriticsFindsVietnamese) {
    EXPECT_EQ(TextAnalyzer::term("quyền"), TextAnalyzer::term("quyen"));
    EXPECT_EQ(TextAnalyzer::term("QUYỀN"), "quyen");
    EXPECT_EQ(TextAnalyzer::term("Đảng"), "dang");
    EXPECT_EQ(TextAnalyzer::term("đất"), "dat");
    EXPECT_EQ(terms("Quyền con người"), (std::vector<std::string>{"quyen", "con", "nguoi"}));
}

TEST(TextAnalyzer, FrenchAccentsAndCaseFold) {
    EXPECT_EQ(TextAnalyzer::term("élection"), TextAnalyzer::term("election"));
    EXPECT_EQ(TextAnalyzer::term("Élections"), TextAnalyzer::term("election"));
    EXPECT_EQ(TextAnalyzer::term("vœux"), "voeux");
}

TEST(TextAnalyzer, EnglishStemsMeetTheirDerivedForms) {
    EXPECT_EQ(TextAnalyzer::term("ratify"), TextAnalyzer::term("ratification"));
    EXPECT_EQ(TextAnalyzer::term("ratified"), TextAnalyzer::term("ratifying"));
    EXPECT_EQ(TextAnalyzer::term("elections"), TextAnalyzer::term("election"));
    EXPECT_EQ(TextAnalyzer::term("tortured"), TextAnalyzer::term("torture"));
    // Stems stay apart where the words mean different things.
    EXPECT_NE(TextAnalyzer::term("police"), TextAnalyzer::term("policy"));
}

TEST(TextAnalyzer, TokensKeepTheirPlaceInTheOriginalBytes) {
    const std::string text = "Ratify CAT (Gabon, Mali)/Accede to CAT";
    const auto tokens = TextAnalyzer::tokens(text);
    ASSERT_EQ(tokens.size(), 7U);
    EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Gabon");
    EXPECT_EQ(text.substr(tokens[4].begin, tokens[4].end - tokens[4].begin), "Accede");
    const std::string vietnamese = "bảo đảm quyền";
    const auto words = TextAnalyzer::tokens(vietnamese);
    ASSERT_EQ(words.size(), 3U);
    EXPECT_EQ(vietnamese.substr(words[2].begin, words[2].end - words[2].begin), "quyền");
}

TEST(TextAnalyzer, InvalidBytesSeparateWordsInsteadOfFailing) {
    EXPECT_EQ(terms(std::string("abc\xFF"
                                "def")),
              (std::vector<std::string>{"abc", "def"}));
    EXPECT_TRUE(terms("  ,;  ").empty());
}

}  // namespace
}  // namespace rectrack

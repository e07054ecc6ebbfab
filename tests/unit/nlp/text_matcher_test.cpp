#include "nlp/text_matcher.hpp"

#include <gtest/gtest.h>

#include "nlp/word_tokens.hpp"

namespace rectrack {
namespace {

const std::vector<RecommendationText> paragraph_texts{
    {"Continue efforts to ratify international human rights instruments, to which Viet Nam is not yet a party",
     {"NIC"}},
    {"Ratify international instruments to which Viet Nam is not yet a party", {"NER"}},
    {"Abolish the death penalty and establish a moratorium on executions", {"FRA", "DEU"}},
    {"Ensure the independence of the judiciary and the right to a fair trial", {"AUS"}},
};

TEST(WordTokens, IgnoreCaseAccentsPunctuationAndSpacing) {
    EXPECT_EQ(word_tokens("  Việt Nam's   CONSTITUTION,\n(article 69). "),
              (std::vector<std::string>{"viet", "nam", "s", "constitution", "article", "69"}));
    EXPECT_TRUE(word_tokens(" ,;. ").empty());
}

TEST(TextMatcher, PunctuationCaseAndWhitespaceChangesScoreAsTheSameText) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText edited{"abolish the Death Penalty, and establish a moratorium on executions.  ", {"FRA"}};
    EXPECT_NEAR(matcher.score(edited, 2), 1.0, 1e-9);
    EXPECT_EQ(matcher.assign({edited}), (std::vector<std::optional<std::size_t>>{2}));
}

TEST(TextMatcher, AShortenedTextWithoutItsStateListStillMatches) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText shortened{"Ensure the independence of the judiciary", {"AUS"}};
    EXPECT_GE(matcher.score(shortened, 3), TextMatcher::minimum_score);
    EXPECT_EQ(matcher.assign({shortened}), (std::vector<std::optional<std::size_t>>{3}));
}

TEST(TextMatcher, ADifferentRecommendationSharingWordsDoesNotMatch) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText other{"Ensure the right of everyone to freedom of expression and of the press", {"AUS"}};
    EXPECT_LT(matcher.score(other, 3), TextMatcher::minimum_score);
    EXPECT_EQ(matcher.assign({other}), (std::vector<std::optional<std::size_t>>{std::nullopt}));
}

TEST(TextMatcher, AStateNotAmongTheTextsStatesLowersTheScore) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText by_france{"Ensure the independence of the judiciary and the right to a fair trial",
                                       {"FRA"}};
    const RecommendationText by_australia{by_france.text, {"AUS"}};
    const RecommendationText by_unknown{by_france.text, {}};
    EXPECT_LT(matcher.score(by_france, 3), matcher.score(by_australia, 3));
    EXPECT_NEAR(matcher.score(by_unknown, 3), matcher.score(by_australia, 3), 1e-9);
}

TEST(TextMatcher, TheRecommendingStateTellsTwoSimilarTextsOfOneParagraphApart) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText niger{"Ratify international instruments to which Viet Nam is not yet a party ", {"NER"}};
    const RecommendationText nicaragua{
        "Continue efforts to ratify international human rights instruments, to which Viet Nam is not yet a party ",
        {"NIC"}};
    EXPECT_EQ(matcher.assign({niger, nicaragua}), (std::vector<std::optional<std::size_t>>{1, 0}));
}

TEST(TextMatcher, TwoRecordsShareATargetOnlyWhenTheirTextsAreTheSame) {
    const TextMatcher matcher(paragraph_texts);
    const RecommendationText france{"Abolish the death penalty and establish a moratorium on executions", {"FRA"}};
    const RecommendationText germany{"abolish the death penalty and establish a moratorium on executions.", {"DEU"}};
    EXPECT_EQ(matcher.assign({france, germany}), (std::vector<std::optional<std::size_t>>{2, 2}));

    const RecommendationText shorter{"Abolish the death penalty and establish a moratorium", {"DEU"}};
    const auto assigned = matcher.assign({france, shorter});
    EXPECT_EQ(assigned[0], std::optional<std::size_t>{2});
    EXPECT_EQ(assigned[1], std::nullopt);
}

TEST(TextMatcher, NoTargetsMatchesNothing) {
    const TextMatcher matcher({});
    EXPECT_EQ(matcher.assign({{"Abolish the death penalty", {"FRA"}}}),
              (std::vector<std::optional<std::size_t>>{std::nullopt}));
}

}  // namespace
}  // namespace rectrack

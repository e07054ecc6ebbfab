#include "ingest/recommendation_numbers.hpp"

#include <gtest/gtest.h>

namespace rectrack {
namespace {

std::vector<std::string> numbers(std::string_view text, const std::string& paragraph = {}) {
    auto read = read_recommendation_numbers(text, paragraph);
    EXPECT_TRUE(read.ok()) << text;
    return read.ok() ? read->numbers : std::vector<std::string>{};
}

std::string range_error(std::string_view text) {
    auto read = read_recommendation_numbers(text, {});
    return read.ok() ? std::string{"no error"} : read.error().message_id;
}

using Numbers = std::vector<std::string>;

TEST(RecommendationNumberRange, ExpandsAShortRangeWithinItsParagraph) {
    EXPECT_EQ(numbers("122.2-10"),
              (Numbers{"122.2", "122.3", "122.4", "122.5", "122.6", "122.7", "122.8", "122.9", "122.10"}));
}

TEST(RecommendationNumberRange, ReadsEnDashesAndSpacesAroundThem) {
    EXPECT_EQ(numbers("122.17\xE2\x80\x93"
                      "18"),
              (Numbers{"122.17", "122.18"}));
    EXPECT_EQ(numbers("122.14\xE2\x80\x93 15, 122.34- 35"), (Numbers{"122.14", "122.15", "122.34", "122.35"}));
}

TEST(RecommendationNumberRange, ReadsListsWithAnd) {
    EXPECT_EQ(numbers("122.2, 122.5 and 122.7 are"), (Numbers{"122.2", "122.5", "122.7"}));
    EXPECT_EQ(numbers("122.141-144,122.146, and 122.148."),
              (Numbers{"122.141", "122.142", "122.143", "122.144", "122.146", "122.148"}));
}

TEST(RecommendationNumberRange, ReadsRangesWrittenWithTo) {
    EXPECT_EQ(numbers("122.1 to 122.4 of"), (Numbers{"122.1", "122.2", "122.3", "122.4"}));
}

TEST(RecommendationNumberRange, StopsAtTheFirstWordOfTheSentence) {
    auto read = read_recommendation_numbers("122.5. Slovenia considers 2019 a good year", {});
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->numbers, (Numbers{"122.5"}));
    EXPECT_EQ(read->length, 5U);
    EXPECT_TRUE(numbers("Slovenia accepts").empty());
}

TEST(RecommendationNumberRange, BareNumbersTakeTheGivenOrPrecedingParagraph) {
    EXPECT_EQ(numbers("1\xE2\x80\x93"
                      "3, 14 and 20.",
                      "115"),
              (Numbers{"115.1", "115.2", "115.3", "115.14", "115.20"}));
    EXPECT_EQ(numbers("122.2, 5 and 7"), (Numbers{"122.2", "122.5", "122.7"}));
    EXPECT_EQ(numbers("4 and 6"), (Numbers{"4", "6"}));
}

TEST(RecommendationNumberRange, ACycleOneListNamesItsParagraphAfterIt) {
    EXPECT_EQ(numbers("1, 2 and 5 in paragraph 99"), (Numbers{"99.1", "99.2", "99.5"}));
}

TEST(RecommendationNumberRange, RangesThatRunBackwardsCrossParagraphsOrStayOpenAreErrors) {
    EXPECT_EQ(range_error("122.10-2"), "addendum.bad_range");
    EXPECT_EQ(range_error("122.5-123.7"), "addendum.bad_range");
    EXPECT_EQ(range_error("122.5- and"), "addendum.bad_range");
    EXPECT_EQ(range_error("122.1-99999"), "addendum.bad_range");
    auto read = read_recommendation_numbers("122.10-2", {});
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().arg("range"), "122.10-2");
    EXPECT_FALSE(read.error().arg("detail").empty());
}

}  // namespace
}  // namespace rectrack

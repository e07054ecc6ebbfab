#include "ingest/response_sentence.hpp"

#include <gtest/gtest.h>

#include "ingest/recommendation_numbers.hpp"

namespace rectrack {
namespace {

// Each phrase's position and the numbers it names, as "supported 122.1 122.2".
std::vector<std::string> claims(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& phrase : position_phrases(text)) {
        std::string claim(to_string(phrase.position));
        auto numbers = read_recommendation_numbers(text.substr(phrase.end), "");
        for (const auto& number : numbers.ok() ? numbers->numbers : std::vector<std::string>{}) claim += " " + number;
        out.push_back(claim);
    }
    return out;
}

using Claims = std::vector<std::string>;

TEST(AddendumResponseSentence, AcceptsAndNotesListedRecommendations) {
    EXPECT_EQ(claims("The Government accepts the following recommendations 122.1, 122.17-18."),
              (Claims{"supported 122.1 122.17 122.18"}));
    EXPECT_EQ(claims("Slovenia supports the following recommendations: 122.3 and 122.4."),
              (Claims{"supported 122.3 122.4"}));
    EXPECT_EQ(claims("For the time being, the Government notes recommendations 122.2-3."),
              (Claims{"noted 122.2 122.3"}));
    EXPECT_EQ(claims("Slovenia takes note of recommendation 122.9."), (Claims{"noted 122.9"}));
}

TEST(AddendumResponseSentence, DecidesEachPhraseOfASentence) {
    EXPECT_EQ(claims("Slovenia supports recommendation 122.3 and notes 122.4."),
              (Claims{"supported 122.3", "noted 122.4"}));
    EXPECT_EQ(claims("Slovenia partially supports recommendation 122.5."), (Claims{"partially_supported 122.5"}));
    EXPECT_EQ(claims("Slovenia supports recommendation 122.6 in part."), (Claims{"partially_supported 122.6"}));
}

TEST(AddendumResponseSentence, NegatedVerbsNote) {
    EXPECT_EQ(claims("Slovenia cannot accept the recommendation to promulgate a law."), (Claims{"noted"}));
    EXPECT_EQ(claims("Slovenia does not accept this recommendation."), (Claims{"noted"}));
}

TEST(AddendumResponseSentence, CountsAndOtherObjectsTakeNoPosition) {
    EXPECT_TRUE(claims("The Government of Slovenia accepts 142 recommendations.").empty());
    EXPECT_TRUE(claims("Slovenia also notes the adoption of the new programme in 2010.").empty());
    EXPECT_TRUE(claims("Slovenia accepts the recommendation and notes that it has acted.").size() == 1);
    EXPECT_TRUE(claims("The Government supported 3 projects.").empty());
    EXPECT_TRUE(claims("See recommendation 122.28.").empty());
}

TEST(AddendumResponseSentence, PassiveSentencesNameTheirNumbersFirst) {
    EXPECT_EQ(claims("Recommendations 122.1 to 122.2 are supported."), (Claims{"supported 122.1 122.2"}));
    EXPECT_EQ(claims("Recommendation 122.7 is noted."), (Claims{"noted 122.7"}));
}

}  // namespace
}  // namespace rectrack

#include "ingest/upr_info_csv_parser.hpp"

#include <gtest/gtest.h>

#include <string>

#include "ingest/state_normaliser.hpp"

namespace rectrack {
namespace {

constexpr std::string_view header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r";

Result<ImportBatch> parse(const std::string& rows) {
    const UprInfoCsvParser parser(StateNormaliser::builtin());
    return parser.parse(InputFile{"hand-made.csv", std::string(header) + rows});
}

// Expects a failure naming the file and the line, and returns it for further checks.
Error failure(const std::string& rows, const std::string& message_id, const std::string& line) {
    auto batch = parse(rows);
    EXPECT_FALSE(batch.ok());
    if (batch.ok()) return {};
    EXPECT_EQ(batch.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(batch.error().message_id, message_id);
    EXPECT_EQ(batch.error().arg("file"), "hand-made.csv");
    EXPECT_EQ(batch.error().arg("line"), line);
    return batch.error();
}

TEST(UprInfoCsvParser, RowsDifferingOnlyInTheRecommendingStateAreOneRecommendation) {
    auto batch = parse(
        "Viet Nam,Asia,,Ratify the Convention ,France,WEOG,,Accepted,4,\"Torture, Detention\",18\r"
        "Viet Nam,Asia,,Ratify the Convention,Chile,GRULAC,,Accepted,4,\"Torture, Detention\",18\r"
        "Viet Nam,Asia,,Ratify the Convention,Japan,Asia,,Accepted,4,\"Torture, Detention\",18\r");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    EXPECT_EQ(batch->rows, 3);
    ASSERT_EQ(batch->reviews.size(), 1U);
    const auto& review = batch->reviews[0];
    EXPECT_EQ(review.review.state_code, "VNM");
    EXPECT_EQ(review.review.mechanism, "UPR");
    EXPECT_EQ(review.review.session, 18);
    EXPECT_EQ(review.review.cycle, 2);
    ASSERT_EQ(review.recommendations.size(), 1U);
    const auto& rec = review.recommendations[0];
    EXPECT_EQ(rec.position, Position::supported);
    ASSERT_EQ(rec.texts.size(), 1U);
    EXPECT_EQ(rec.texts[0].text, "Ratify the Convention");
    EXPECT_EQ(rec.texts[0].state_codes, (std::vector<std::string>{"FRA", "CHL", "JPN"}));
    EXPECT_EQ(rec.labels.size(), 3U);  // two issues and the action category
}

TEST(UprInfoCsvParser, SameTextWithDifferentResponsesStaysTwoRecommendations) {
    auto batch = parse(
        "Viet Nam,Asia,,Abolish the death penalty,France,WEOG,,Accepted,5,Death penalty,18\r"
        "Viet Nam,Asia,,Abolish the death penalty,Chile,GRULAC,,Noted,5,Death penalty,18\r");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    ASSERT_EQ(batch->reviews.size(), 1U);
    const auto& recs = batch->reviews[0].recommendations;
    ASSERT_EQ(recs.size(), 2U);
    EXPECT_EQ(recs[0].position, Position::supported);
    EXPECT_EQ(recs[0].texts[0].state_codes, std::vector<std::string>{"FRA"});
    EXPECT_EQ(recs[1].position, Position::noted);
    EXPECT_EQ(recs[1].texts[0].state_codes, std::vector<std::string>{"CHL"});
    EXPECT_NE(recs[0].source_key, recs[1].source_key);
}

TEST(UprInfoCsvParser, SessionsAreReviewsAndPledgesAreVoluntary) {
    auto batch = parse(
        "Viet Nam,Asia,,Promote rights,France,WEOG,,Accepted,3,Rights of the Child,5\r"
        "Viet Nam,Asia,,Promote rights,France,WEOG,,Accepted,3,Rights of the Child,18\r"
        "Viet Nam,Asia,,We pledge to report,Viet Nam,Asia,,Voluntary Pledge,2,Treaty bodies,18\r");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    ASSERT_EQ(batch->reviews.size(), 2U);
    EXPECT_EQ(batch->reviews[0].review.session, 5);
    EXPECT_EQ(batch->reviews[0].review.cycle, 1);
    const auto& session_18 = batch->reviews[1].recommendations;
    ASSERT_EQ(session_18.size(), 2U);
    EXPECT_EQ(session_18[1].kind, RecommendationKind::voluntary_pledge);
    EXPECT_FALSE(session_18[1].position.has_value());
}

TEST(UprInfoCsvParser, UnknownRecommendingStateIsNoState) {
    auto batch = parse("Viet Nam,Asia,,Protect journalists,&#40;Unknown&#41;,,,Noted,4,Freedom of expression,18\r");
    ASSERT_TRUE(batch.ok()) << batch.error().message_id;
    const auto& rec = batch->reviews.at(0).recommendations.at(0);
    EXPECT_TRUE(rec.texts.at(0).state_codes.empty());
    EXPECT_EQ(rec.position, Position::noted);
}

TEST(UprInfoCsvParser, BadActionNamesItsLine) {
    const auto error = failure(
        "Viet Nam,Asia,,Text one,France,WEOG,,Accepted,4,Torture,18\r"
        "Viet Nam,Asia,,Text two,France,WEOG,,Accepted,7,Torture,18\r",
        "upr_info.bad_action", "3");
    EXPECT_EQ(error.arg("value"), "7");
}

TEST(UprInfoCsvParser, BadSessionNamesItsLine) {
    const auto error =
        failure("Viet Nam,Asia,,Text,France,WEOG,,Accepted,4,Torture,eighteen\r", "upr_info.bad_session", "2");
    EXPECT_EQ(error.arg("value"), "eighteen");
    failure("Viet Nam,Asia,,Text,France,WEOG,,Accepted,4,Torture,0\r", "upr_info.bad_session", "2");
}

TEST(UprInfoCsvParser, BadResponseNamesItsLine) {
    const auto error = failure("Viet Nam,Asia,,Text,France,WEOG,,Maybe,4,Torture,18\r", "upr_info.bad_response", "2");
    EXPECT_EQ(error.arg("value"), "Maybe");
}

TEST(UprInfoCsvParser, FieldCountErrorsNameTheLineAfterQuotedNewlines) {
    const auto error = failure(
        "Viet Nam,Asia,,\"Text over\rtwo lines\",France,WEOG,,Accepted,4,Torture,18\r"
        "Viet Nam,Asia,,Too few,France,WEOG,,Accepted\r",
        "upr_info.field_count", "4");
    EXPECT_EQ(error.arg("expected"), "11");
    EXPECT_EQ(error.arg("found"), "8");
    failure("Viet Nam,Asia,,Too many,France,WEOG,,Accepted,4,Torture,18,extra\r", "upr_info.field_count", "2");
}

TEST(UprInfoCsvParser, UnknownStateNamesLineAndColumn) {
    const auto to = failure("Atlantis,Asia,,Text,France,WEOG,,Accepted,4,Torture,18\r", "upr_info.unknown_state", "2");
    EXPECT_EQ(to.arg("column"), "To");
    EXPECT_EQ(to.arg("name"), "Atlantis");
    const auto from =
        failure("Viet Nam,Asia,,Text,Narnia,WEOG,,Accepted,4,Torture,18\r", "upr_info.unknown_state", "2");
    EXPECT_EQ(from.arg("column"), "From");
}

TEST(UprInfoCsvParser, RecognisesItsHeaderOnly) {
    const UprInfoCsvParser parser(StateNormaliser::builtin());
    EXPECT_TRUE(parser.recognises(InputFile{"a.csv", std::string(header)}));
    EXPECT_TRUE(parser.recognises(InputFile{"a.csv", "\xEF\xBB\xBF" + std::string(header)}));
    EXPECT_FALSE(parser.recognises(InputFile{"a.csv", "Name,Value\r"}));
    EXPECT_FALSE(parser.recognises(InputFile{"a.csv", ""}));
}

TEST(UprInfoCsvParser, HeaderWithoutRowsHasNoRecords) {
    auto batch = parse("");
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message_id, "import.no_records");
}

}  // namespace
}  // namespace rectrack

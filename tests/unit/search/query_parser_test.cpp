#include "search/query_parser.hpp"

#include <gtest/gtest.h>

namespace rectrack {
namespace {

Error error_of(std::string_view query) {
    auto parsed = QueryParser::parse(query);
    EXPECT_FALSE(parsed.ok()) << query;
    return parsed.ok() ? Error{} : parsed.error();
}

TEST(QueryParser, WordsAreAllRequired) {
    auto parsed = QueryParser::parse("women rights");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->kind, QueryNode::Kind::all_of);
    ASSERT_EQ(parsed->children.size(), 2U);
    EXPECT_EQ(parsed->children[0].term, "women");
    EXPECT_EQ(parsed->children[1].term, "right");
}

TEST(QueryParser, OperatorsPhrasesPrefixesAndGroups) {
    auto parsed = QueryParser::parse(R"(("death penalty" OR execut*) AND NOT china -torture)");
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->kind, QueryNode::Kind::all_of);
    ASSERT_EQ(parsed->children.size(), 3U);
    const auto& any = parsed->children[0];
    ASSERT_EQ(any.kind, QueryNode::Kind::any_of);
    EXPECT_EQ(any.children[0].kind, QueryNode::Kind::phrase);
    EXPECT_EQ(any.children[0].terms, (std::vector<std::string>{"death", "penalti"}));
    EXPECT_EQ(any.children[1].kind, QueryNode::Kind::prefix);
    EXPECT_EQ(any.children[1].term, "execut");
    EXPECT_EQ(parsed->children[1].kind, QueryNode::Kind::exclude);
    EXPECT_EQ(parsed->children[2].kind, QueryNode::Kind::exclude);
    EXPECT_EQ(parsed->children[2].children[0].term, "tortur");
}

TEST(QueryParser, LowerCaseOperatorWordsAreWords) {
    auto parsed = QueryParser::parse("freedom or expression");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->kind, QueryNode::Kind::all_of);
    EXPECT_EQ(parsed->children.size(), 3U);
}

TEST(QueryParser, UnbalancedQuoteNamesWhereThePhraseOpened) {
    const auto error = error_of(R"(torture "death penalty)");
    EXPECT_EQ(error.message_id, "search.unbalanced_quote");
    EXPECT_EQ(error.arg("position"), "9");
}

TEST(QueryParser, UnbalancedParenthesesNameTheirPosition) {
    auto error = error_of("(women OR girls");
    EXPECT_EQ(error.message_id, "search.unbalanced_parenthesis");
    EXPECT_EQ(error.arg("position"), "1");
    error = error_of("women) girls");
    EXPECT_EQ(error.message_id, "search.unbalanced_parenthesis");
    EXPECT_EQ(error.arg("position"), "6");
    error = error_of("()");
    EXPECT_EQ(error.message_id, "search.unbalanced_parenthesis");
}

TEST(QueryParser, OperatorsWithoutOperands) {
    auto error = error_of("women OR");
    EXPECT_EQ(error.message_id, "search.missing_operand");
    EXPECT_EQ(error.arg("operator"), "OR");
    EXPECT_EQ(error.arg("position"), "7");
    EXPECT_EQ(error_of("AND women").message_id, "search.missing_operand");
    EXPECT_EQ(error_of("women NOT").message_id, "search.missing_operand");
}

TEST(QueryParser, LimitsAreErrorsNotHangs) {
    EXPECT_EQ(error_of(std::string(10UL * 1024 * 1024, 'a')).message_id, "search.query_too_long");
    std::string many;
    for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
    EXPECT_EQ(error_of(many).message_id, "search.too_many_words");
    EXPECT_EQ(error_of(std::string(40, '(') + "a" + std::string(40, ')')).message_id, "search.too_deep");
    EXPECT_EQ(error_of("a*").message_id, "search.short_prefix");
    EXPECT_EQ(error_of("   ").message_id, "search.empty_query");
    EXPECT_EQ(error_of("\"\"").message_id, "search.no_words");
}

}  // namespace
}  // namespace rectrack

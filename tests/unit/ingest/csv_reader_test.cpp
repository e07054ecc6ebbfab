#include "ingest/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rectrack {
namespace {

using Records = std::vector<std::vector<std::string>>;

Records read_all(std::string_view text) {
    CsvReader reader(text);
    Records records;
    std::vector<std::string> fields;
    while (true) {
        auto more = reader.next(fields);
        EXPECT_TRUE(more.ok()) << (more.ok() ? "" : more.error().message_id);
        if (!more.ok() || !*more) break;
        records.push_back(fields);
    }
    return records;
}

TEST(CsvReader, ReadsRecordsEndedByCrLfOrCrLf) {
    const Records expected{{"a", "b"}, {"c", "d"}};
    EXPECT_EQ(read_all("a,b\rc,d\r"), expected);
    EXPECT_EQ(read_all("a,b\nc,d\n"), expected);
    EXPECT_EQ(read_all("a,b\r\nc,d\r\n"), expected);
    EXPECT_EQ(read_all("a,b\r\nc,d"), expected);
}

TEST(CsvReader, KeepsEmptyFields) { EXPECT_EQ(read_all(",x,\r"), (Records{{"", "x", ""}})); }

TEST(CsvReader, QuotedFieldsHoldSeparatorsNewlinesAndDoubledQuotes) {
    const Records records = read_all("\"a, b\",\"say \"\"yes\"\"\",\"one\rtwo\r\nthree\nfour\"\rnext,row\r");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0], (std::vector<std::string>{"a, b", "say \"yes\"", "one\ntwo\nthree\nfour"}));
    EXPECT_EQ(records[1], (std::vector<std::string>{"next", "row"}));
}

TEST(CsvReader, RecordLineCountsNewlinesInsideQuotes) {
    CsvReader reader("h1,h2\r\"x\ry\",1\rlast,2\r\nafter,3\n");
    std::vector<std::string> fields;
    std::vector<long> lines;
    while (true) {
        auto more = reader.next(fields);
        ASSERT_TRUE(more.ok());
        if (!*more) break;
        lines.push_back(reader.record_line());
    }
    EXPECT_EQ(lines, (std::vector<long>{1, 2, 4, 5}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineItOpensOn) {
    CsvReader reader("a,b\rc,d\re,\"never\rclosed\r");
    std::vector<std::string> fields;
    ASSERT_TRUE(*reader.next(fields));
    ASSERT_TRUE(*reader.next(fields));
    auto failed = reader.next(fields);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(failed.error().message_id, "csv.unterminated_quote");
    EXPECT_EQ(failed.error().arg("line"), "3");
}

TEST(CsvReader, EmptyTextHasNoRecords) {
    CsvReader reader("");
    std::vector<std::string> fields{"left over"};
    auto more = reader.next(fields);
    ASSERT_TRUE(more.ok());
    EXPECT_FALSE(*more);
    EXPECT_TRUE(fields.empty());
}

}  // namespace
}  // namespace rectrack

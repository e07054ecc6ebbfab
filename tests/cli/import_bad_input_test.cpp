#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "cli/run_rectrack.hpp"
#include "support/temp_dir.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_csv() { return shared_data("upr-info/18-vietnam.csv"); }

// The line a byte offset falls on; the file ends its lines with a bare CR.
long line_at(const std::string& bytes, std::size_t offset) {
    return 1 + static_cast<long>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\r'));
}

// Where line (counting from 1) starts.
std::size_t line_start(const std::string& bytes, long line) {
    std::size_t at = 0;
    for (long l = 1; l < line; ++l) at = bytes.find('\r', at) + 1;
    return at;
}

// Where field index (counting from 0) of the record starting on line begins, stepping over quoted commas.
std::size_t field_start(const std::string& bytes, long line, int index) {
    std::size_t at = line_start(bytes, line);
    bool quoted = false;
    for (int field = 0; field < index; ++at) {
        if (bytes[at] == '"') quoted = !quoted;
        if (bytes[at] == ',' && !quoted) ++field;
    }
    return at;
}

// The first line from line on whose Text field is quoted (it holds a comma).
long first_quoted_text(const std::string& bytes, long line) {
    while (bytes[field_start(bytes, line, 3)] != '"') ++line;
    return line;
}

// A database holding 18-vietnam.csv, imported once and copied for each test, with its dump.
class BadInput : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(vietnam_csv())) return;
        base_ = std::make_unique<TempDir>();
        imported_ = run_rectrack(base_->path() / "base.db", {"import", vietnam_csv().string()}, base_->path());
        if (imported_.exit_code == 0) dump_ = database_dump(base_->path() / "base.db", base_->path());
    }

    static void TearDownTestSuite() { base_.reset(); }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(vietnam_csv());
        ASSERT_EQ(imported_.exit_code, 0) << imported_.err;
        std::filesystem::copy_file(base_->path() / "base.db", database());
        csv_ = read_bytes(vietnam_csv());
    }

    [[nodiscard]] std::filesystem::path database() const { return dir_ / "rectrack.db"; }

    [[nodiscard]] std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        write_bytes(dir_ / name, bytes);
        return dir_ / name;
    }

    // Runs a failing import and checks that it names what it must and leaves the database as it was.
    void expect_rejected(const std::vector<std::string>& files, const std::vector<std::string>& mentions) {
        std::vector<std::string> args{"import"};
        args.insert(args.end(), files.begin(), files.end());
        const auto result = run_rectrack(database(), args, dir_.path());
        EXPECT_NE(result.exit_code, 0);
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
        for (const auto& mention : mentions) {
            EXPECT_NE(result.err.find(mention), std::string::npos)
                << "stderr lacks '" << mention << "': " << result.err;
        }
        EXPECT_TRUE(database_dump(database(), dir_.path()) == dump_) << "the failed import changed the database";
    }

    TempDir dir_;
    std::string csv_;
    static inline std::unique_ptr<TempDir> base_;
    static inline CommandResult imported_;
    static inline std::string dump_;
};

TEST_F(BadInput, FileCutInsideAQuotedFieldNamesTheLineTheQuoteOpens) {
    // Cut in the middle of the first quoted text from line 100 on: the quote never closes.
    const long line = first_quoted_text(csv_, 100);
    const std::size_t quote = field_start(csv_, line, 3);
    ASSERT_EQ(line_at(csv_, quote), line);
    const auto path = write("cut-in-quote.csv", csv_.substr(0, quote + 20));
    expect_rejected({path.string()}, {path.string() + ":" + std::to_string(line) + ":", "never closed"});
}

TEST_F(BadInput, FileCutInsideARowNamesTheLineAndTheFieldCount) {
    // The row on line 120 ends after its Response field: 8 of 11 fields.
    const std::size_t row = line_start(csv_, 120);
    const std::size_t action = csv_.find(",Accepted,", row);
    const std::size_t noted = csv_.find(",Noted,", row);
    const std::size_t response_end = std::min(action, noted) + (action < noted ? 9 : 6);
    ASSERT_EQ(line_at(csv_, response_end), 120);
    const auto path = write("cut-in-row.csv", csv_.substr(0, response_end));
    expect_rejected({path.string()}, {path.string() + ":120:", "expected 11 fields, found 8"});
}

TEST_F(BadInput, PngFileIsNotAnImportableFormat) {
    using namespace std::string_literals;
    const auto path = write("logo.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0"s);
    expect_rejected({path.string()}, {path.string(), "not a format rectrack can import"});
}

TEST_F(BadInput, PlainTextFileIsNotAnImportableFormat) {
    const auto path = write("notes.txt", "Recommendations received by Viet Nam in 2014\r\nsee the report\r\n");
    expect_rejected({path.string()}, {path.string(), "not a format rectrack can import"});
}

TEST_F(BadInput, UnknownStateUnderReviewNamesLineColumnAndName) {
    std::string bytes = csv_;
    const std::size_t row = line_start(bytes, 57);
    ASSERT_EQ(bytes.compare(row, 9, "Viet Nam,"), 0);
    bytes.replace(row, 8, "Atlantis");
    const auto path = write("unknown-to.csv", bytes);
    expect_rejected({path.string()}, {path.string() + ":57:", "'Atlantis'", "column To"});
}

TEST_F(BadInput, UnknownRecommendingStateNamesLineColumnAndName) {
    std::string bytes = csv_;
    const std::size_t row = line_start(bytes, 201);
    const std::size_t from = bytes.find(",France,", row);
    ASSERT_NE(from, std::string::npos);
    const long line = line_at(bytes, from);
    bytes.replace(from + 1, 6, "Narnia");
    const auto path = write("unknown-from.csv", bytes);
    expect_rejected({path.string()}, {path.string() + ":" + std::to_string(line) + ":", "'Narnia'", "column From"});
}

TEST_F(BadInput, WrongHeaderNamesLineOne) {
    std::string bytes = csv_;
    const std::size_t issue = bytes.find(",Issue,");
    ASSERT_LT(issue, bytes.find('\r'));
    bytes.replace(issue + 1, 5, "Issues");
    const auto path = write("wrong-header.csv", bytes);
    expect_rejected({path.string()}, {path.string() + ":1:", "not a UPR Info export header"});
}

TEST_F(BadInput, EmptyFileSaysItIsEmpty) {
    const auto path = write("empty.csv", "");
    expect_rejected({path.string()}, {path.string(), "empty"});
}

TEST_F(BadInput, MissingFileNamesThePath) {
    const auto path = dir_ / "no-such-file.csv";
    expect_rejected({path.string()}, {path.string(), "cannot read"});
}

TEST_F(BadInput, GoodFileFollowedByABadOneImportsNeither) {
    const auto good = shared_data("upr-info/1-5.csv");
    RECTRACK_REQUIRE_FILE(good);
    const auto bad = write("cut.csv", csv_.substr(0, line_start(csv_, 30) + 40));
    expect_rejected({good.string(), bad.string()}, {bad.string() + ":30:"});
}

TEST_F(BadInput, GoodFileFollowedByAMissingOneImportsNeither) {
    const auto good = shared_data("upr-info/1-5.csv");
    RECTRACK_REQUIRE_FILE(good);
    const auto missing = dir_ / "missing.csv";
    expect_rejected({good.string(), missing.string()}, {missing.string()});
}

TEST_F(BadInput, JsonFailurePrintsOneErrorDocument) {
    const long line = first_quoted_text(csv_, 10);
    const auto path = write("cut-in-quote.csv", csv_.substr(0, field_start(csv_, line, 3) + 10));
    const auto result = run_rectrack(database(), {"import", "--json", path.string()}, dir_.path());
    EXPECT_EQ(result.exit_code, 2);
    const auto error = single_json(result).at("error");
    EXPECT_EQ(error.at("code"), "invalid_input");
    EXPECT_EQ(error.at("message_id"), "csv.unterminated_quote");
    EXPECT_NE(error.at("message").get<std::string>().find(path.string() + ":" + std::to_string(line) + ":"),
              std::string::npos);
    EXPECT_TRUE(database_dump(database(), dir_.path()) == dump_);
}

}  // namespace
}  // namespace rectrack::test

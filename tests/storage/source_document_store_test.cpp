#include <regex>

#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using SourceDocumentStore = StoreTest;

SourceDocument sample_document(const std::string& sha256) {
    SourceDocument document;
    document.kind = DocumentKind::working_group_report;
    document.file_name = "A_HRC_26_6.pdf";
    document.sha256 = sha256;
    return document;
}

TEST_P(SourceDocumentStore, SameHashIsOneDocument) {
    const Upserted first = ok(store().documents().upsert(sample_document("aa11")));
    EXPECT_EQ(first.outcome, UpsertOutcome::created);
    const Upserted again = ok(store().documents().upsert(sample_document("aa11")));
    EXPECT_EQ(again.outcome, UpsertOutcome::unchanged);
    EXPECT_EQ(again.id, first.id);
    const Upserted other = ok(store().documents().upsert(sample_document("bb22")));
    EXPECT_EQ(other.outcome, UpsertOutcome::created);
    EXPECT_NE(other.id, first.id);
    EXPECT_EQ(ok(store().documents().list()).size(), 2u);
}

TEST_P(SourceDocumentStore, RoundTripsAndStampsTheImportTime) {
    SourceDocument document = sample_document("cc33");
    document.symbol = "A/HRC/26/6";
    document.pages = 27;
    const auto id = ok(store().documents().upsert(document)).id;

    const SourceDocument stored = ok(store().documents().get(id));
    EXPECT_EQ(stored.symbol, "A/HRC/26/6");
    EXPECT_EQ(stored.kind, DocumentKind::working_group_report);
    EXPECT_EQ(stored.file_name, "A_HRC_26_6.pdf");
    EXPECT_EQ(stored.pages, 27);
    EXPECT_TRUE(std::regex_match(stored.imported_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << stored.imported_at;

    const auto found = ok(store().documents().find_by_hash("cc33"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, id);
    EXPECT_FALSE(ok(store().documents().find_by_hash("dd44")).has_value());
}

TEST_P(SourceDocumentStore, UpsertFillsMissingSymbolAndPages) {
    const auto id = ok(store().documents().upsert(sample_document("ee55"))).id;
    SourceDocument better = sample_document("ee55");
    better.symbol = "A/HRC/41/7";
    better.pages = 30;
    EXPECT_EQ(ok(store().documents().upsert(better)).outcome, UpsertOutcome::updated);
    const SourceDocument stored = ok(store().documents().get(id));
    EXPECT_EQ(stored.symbol, "A/HRC/41/7");
    EXPECT_EQ(stored.pages, 30);
}

TEST_P(SourceDocumentStore, MissingDocumentIsNotFound) {
    const auto missing = store().documents().get(7);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message_id, "store.not_found");
    EXPECT_EQ(missing.error().arg("entity"), "source_document");
}

RECTRACK_STORE_SUITE(SourceDocumentStore);

}  // namespace
}  // namespace rectrack::test

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "ingest/state_normaliser.hpp"
#include "search/search_index.hpp"
#include "support/test_paths.hpp"
#include "unit/service/import_fixture.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path report() { return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf"); }
std::filesystem::path upr_info() { return shared_data("upr-info/18-vietnam.csv"); }

// Viet Nam's 2014 review (report and UPR Info rows) imported into a store, and an index over it; the
// suite shares one import, which its tests only read.
class VietnamSearch : public ::testing::Test {
 protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::exists(report()) || !std::filesystem::exists(upr_info())) return;
        shared_fixture_ = std::make_unique<ImportFixture>();
        shared_index_ = std::make_unique<SearchIndex>(StateNormaliser::builtin());
        auto imported = shared_fixture_->import({report(), upr_info()});
        if (!imported.ok()) throw std::runtime_error(imported.error().message_id);
        if (!shared_index_->catch_up(shared_fixture_->store().search_feed()).ok()) {
            throw std::runtime_error("cannot build the index");
        }
    }
    static void TearDownTestSuite() {
        shared_index_.reset();
        shared_fixture_.reset();
    }

    void SetUp() override {
        RECTRACK_REQUIRE_FILE(report());
        RECTRACK_REQUIRE_FILE(upr_info());
        fixture_ = shared_fixture_.get();
        index_ = shared_index_.get();
    }

    SearchResult search(SearchQuery query) {
        auto result = index_->search(query);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message_id);
        return result.ok() ? *result : SearchResult{};
    }

    SearchResult search(const std::string& text, std::int64_t limit = 100) {
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        return search(query);
    }

    static std::vector<std::string> paragraphs(const SearchResult& result) {
        std::vector<std::string> out;
        for (const auto& hit : result.hits) out.push_back(hit.paragraph);
        return out;
    }

    std::string texts_of(std::int64_t id) {
        auto rec = fixture_->store().recommendations().get(id);
        std::string joined;
        if (!rec.ok()) return joined;
        for (const auto& text : rec->texts) joined += text.text + " / ";
        for (const auto& translation : rec->translations) joined += translation.text + " / ";
        return joined;
    }

    static inline std::unique_ptr<ImportFixture> shared_fixture_;
    static inline std::unique_ptr<SearchIndex> shared_index_;
    ImportFixture* fixture_ = nullptr;
    SearchIndex* index_ = nullptr;
};

// Writes through the store, so on an import of its own.
class VietnamSearchWrites : public VietnamSearch {
 protected:
    static void SetUpTestSuite() {}
    void SetUp() override {
        VietnamSearch::SetUp();
        if (IsSkipped()) return;
        auto imported = own_fixture_.import({report(), upr_info()});
        ASSERT_TRUE(imported.ok()) << imported.error().message_id;
        ASSERT_TRUE(own_index_.catch_up(own_fixture_.store().search_feed()).ok());
        fixture_ = &own_fixture_;
        index_ = &own_index_;
    }
    ImportFixture own_fixture_;
    SearchIndex own_index_{StateNormaliser::builtin()};
};

TEST_F(VietnamSearch, TortureFindsTheConventionAgainstTortureParagraphs) {
    const auto result = search("torture");
    // 143.9 names the Convention in full; UPR Info files 143.8, 143.10-15, 143.21 and 143.30 (which say
    // "CAT") under "Torture and other CID treatment": ten paragraphs.
    EXPECT_EQ(result.total, 10);
    const auto found = paragraphs(result);
    for (int item = 9; item <= 15; ++item) {
        const std::string paragraph = "143." + std::to_string(item);
        EXPECT_NE(std::find(found.begin(), found.end(), paragraph), found.end()) << paragraph;
    }
    ASSERT_FALSE(result.hits.empty());
    EXPECT_EQ(result.hits.front().paragraph, "143.9") << "the only text that says the word ranks first";
    EXPECT_NE(result.hits.front().snippet.find("<mark>Torture</mark>"), std::string::npos)
        << result.hits.front().snippet;
}

TEST_F(VietnamSearch, RatifyFindsEveryFormOfTheWord) {
    const auto result = search("ratify");
    const auto found = paragraphs(result);
    for (const std::string paragraph : {"143.5", "143.10", "143.12", "143.20", "143.23"}) {
        EXPECT_NE(std::find(found.begin(), found.end(), paragraph), found.end()) << paragraph;
    }
    for (const auto& hit : result.hits) {
        std::string text = texts_of(hit.id);
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        EXPECT_NE(text.find("ratif"), std::string::npos) << hit.paragraph;
    }
}

TEST_F(VietnamSearch, PhrasesNotAndPrefixes) {
    const auto phrase = search("\"Rome Statute\"");
    for (const auto& hit : phrase.hits) EXPECT_NE(texts_of(hit.id).find("Rome Statute"), std::string::npos);
    EXPECT_GE(phrase.total, 4);  // 143.24 to 143.27 at least

    const auto ratify_not_cat = search("ratify -CAT");
    for (const auto& hit : ratify_not_cat.hits) EXPECT_EQ(texts_of(hit.id).find("CAT"), std::string::npos);
    EXPECT_EQ(ratify_not_cat.total + search("ratify CAT").total, search("ratify").total);

    const auto either = search("CPED OR ICRMW");
    EXPECT_EQ(either.total, search("CPED").total + search("ICRMW").total - search("CPED ICRMW").total);
    EXPECT_EQ(search("ratif*").total, search("ratif* OR ratify").total);
}

TEST_F(VietnamSearch, FacetCountsEqualTheCountsOfTheirFilters) {
    SearchQuery query;
    query.text = "ratify OR rights";
    query.facets = {"position", "recommending_state", "regional_group", "issue"};
    const auto result = search(query);
    ASSERT_EQ(result.facets.size(), 4U);
    for (const auto& facet : result.facets) {
        ASSERT_FALSE(facet.values.empty()) << facet.facet;
        for (const auto& value : facet.values) {
            SearchQuery filtered;
            filtered.text = query.text;
            filtered.filters = {{facet.facet, value.value}};
            EXPECT_EQ(search(filtered).total, value.count) << facet.facet << '=' << value.value;
        }
    }
}

TEST_F(VietnamSearch, StatisticsEqualTheOfficialFigures) {
    auto by_state = index_->breakdown(Facet::state, {});
    ASSERT_TRUE(by_state.ok());
    ASSERT_EQ(by_state->size(), 1U);
    EXPECT_EQ(by_state->front().value, "VNM");
    EXPECT_EQ(by_state->front().recommendations, 227);
    EXPECT_EQ(by_state->front().supported, 182);
    EXPECT_EQ(by_state->front().noted, 45);
    auto by_recommending = index_->breakdown(Facet::recommending_state, {});
    ASSERT_TRUE(by_recommending.ok());
    EXPECT_EQ(by_recommending->size(), 101U);
    // 143.1 joins Nicaragua, Albania, Azerbaijan and Niger.
    SearchQuery first;
    first.filters = {{"review", std::to_string(search(SearchQuery{}).hits.front().review_id)}};
    first.limit = 1;
    const auto opening = search(first);
    ASSERT_EQ(opening.hits.size(), 1U);
    EXPECT_EQ(opening.hits.front().paragraph, "143.1");
    const std::set<std::string> states(opening.hits.front().recommending_states.begin(),
                                       opening.hits.front().recommending_states.end());
    EXPECT_EQ(states, (std::set<std::string>{"NIC", "ALB", "AZE", "NER"}));
}

TEST_F(VietnamSearchWrites, WritesReachTheIndexOnItsNextCatchUp) {
    auto found = search("torture");
    ASSERT_FALSE(found.hits.empty());
    auto rec = fixture_->store().recommendations().get(found.hits.front().id);
    ASSERT_TRUE(rec.ok());
    rec->translations = {{"vi", "Tiếp tục nỗ lực gia nhập các điều ước quốc tế về quyền con người"},
                         {"fr", "Poursuivre les efforts en vue des élections"}};
    ASSERT_TRUE(fixture_->store().recommendations().update(*rec).ok());
    EXPECT_EQ(search("quyen").total, 0) << "not caught up yet";
    ASSERT_TRUE(index_->catch_up(fixture_->store().search_feed()).ok());
    const auto vietnamese = search("quyen con nguoi");
    ASSERT_EQ(vietnamese.total, 1);
    EXPECT_EQ(vietnamese.hits.front().id, rec->id);
    EXPECT_NE(vietnamese.hits.front().snippet.find("<mark>quyền</mark>"), std::string::npos);
    EXPECT_EQ(search("election").total, 1) << "the French élections";

    ASSERT_TRUE(fixture_->store().recommendations().remove(rec->id).ok());
    ASSERT_TRUE(index_->catch_up(fixture_->store().search_feed()).ok());
    EXPECT_EQ(search("quyen").total, 0);
    EXPECT_EQ(search("torture").total, found.total - 1);
}

TEST_F(VietnamSearch, MalformedQueriesAreErrors) {
    SearchQuery query;
    query.text = "\"death penalty";
    EXPECT_EQ(index_->search(query).error().message_id, "search.unbalanced_quote");
    query.text = "torture";
    query.facets = {"colour"};
    EXPECT_EQ(index_->search(query).error().message_id, "search.unknown_facet");
    query.facets = {};
    query.filters = {{"colour", "red"}};
    EXPECT_EQ(index_->search(query).error().message_id, "search.unknown_facet");
    query.filters = {};
    query.sort = "colour";
    EXPECT_EQ(index_->search(query).error().message_id, "search.bad_sort");
}

TEST_F(VietnamSearch, ParagraphOrderAndPages) {
    SearchQuery query;
    query.text = "torture";
    query.sort = "paragraph";
    query.limit = 3;
    const auto first = search(query);
    EXPECT_EQ(paragraphs(first), (std::vector<std::string>{"143.8", "143.9", "143.10"}));
    query.offset = 9;
    EXPECT_EQ(paragraphs(search(query)), (std::vector<std::string>{"143.30"}));
}

}  // namespace
}  // namespace rectrack::test

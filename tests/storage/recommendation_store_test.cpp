#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

class RecommendationStore : public StoreTest {
 protected:
    // A recommendation with every field set, as an import would give it.
    Recommendation full_recommendation(std::int64_t review_id) {
        document_id = ok(store().documents().upsert(SourceDocument{0, "A/HRC/26/6", DocumentKind::working_group_report,
                                                                   "report.pdf", "abc", 20, ""}))
                          .id;
        Recommendation r = sample_recommendation(review_id, "143.12", "Ratify the Convention against Torture",
                                                 {"DNK", "FRA"}, Position::supported);
        r.texts.push_back(RecommendationText{"Consider ratifying CAT", {"CHL"}});
        r.translations.push_back(LocalizedText{"vi", "Phê chuẩn Công ước chống Tra tấn"});
        r.position_document_id = document_id;
        r.position_explanation = "Already in progress";
        r.source_document_id = document_id;
        r.page = 17;
        Label issue = label(LabelKind::issue, "Torture and other CID");
        issue.source_document_id = document_id;
        r.labels = {issue, label(LabelKind::action_category, "5")};
        return r;
    }
    std::vector<std::string> paragraphs(const RecommendationFilter& filter) {
        std::vector<std::string> result;
        for (const auto& r : ok(store().recommendations().list(filter))) result.push_back(r.paragraph);
        return result;
    }

    std::int64_t document_id = 0;
};

TEST_P(RecommendationStore, RoundTripsEveryField) {
    const auto review = add_review();
    const Recommendation r = full_recommendation(review);
    const Upserted created = ok(store().recommendations().upsert(r));
    EXPECT_EQ(created.outcome, UpsertOutcome::created);

    const Recommendation stored = ok(store().recommendations().get(created.id));
    EXPECT_EQ(stored.id, created.id);
    EXPECT_EQ(stored.review_id, review);
    EXPECT_EQ(stored.paragraph, "143.12");
    EXPECT_EQ(stored.source_key, "143.12");
    EXPECT_EQ(stored.kind, RecommendationKind::recommendation);
    EXPECT_EQ(stored.texts, r.texts);
    EXPECT_EQ(stored.translations, r.translations);
    EXPECT_EQ(stored.position, Position::supported);
    EXPECT_EQ(stored.position_document_id, document_id);
    EXPECT_EQ(stored.position_explanation, "Already in progress");
    EXPECT_EQ(stored.source_document_id, document_id);
    EXPECT_EQ(stored.page, 17);
    ASSERT_EQ(stored.labels.size(), 2u);
    // Labels come back ordered by kind then value.
    EXPECT_EQ(stored.labels[0], r.labels[1]);
    EXPECT_EQ(stored.labels[1], r.labels[0]);
    EXPECT_EQ(stored.version, 1);
    EXPECT_EQ(stored.recommending_states(), (std::vector<std::string>{"DNK", "FRA", "CHL"}));

    const auto by_key = ok(store().recommendations().find_by_key(review, "143.12"));
    ASSERT_TRUE(by_key.has_value());
    EXPECT_EQ(describe(*by_key), describe(stored));
    EXPECT_FALSE(ok(store().recommendations().find_by_key(review, "143.13")).has_value());
}

TEST_P(RecommendationStore, IdenticalReUpsertIsUnchangedAndWritesNothing) {
    const auto review = add_review();
    const Recommendation r = full_recommendation(review);
    const auto id = add_recommendation(r);
    const std::string before = snapshot(store());

    const Upserted again = ok(store().recommendations().upsert(r));
    EXPECT_EQ(again.outcome, UpsertOutcome::unchanged);
    EXPECT_EQ(again.id, id);
    EXPECT_EQ(snapshot(store()), before);
    EXPECT_EQ(ok(store().recommendations().get(id)).version, 1);
}

TEST_P(RecommendationStore, InsertStoresANewRecommendationAndRefusesADuplicateKey) {
    const auto review = add_review();
    const Recommendation r = full_recommendation(review);
    const Upserted inserted = ok(store().recommendations().insert(r));
    EXPECT_EQ(inserted.outcome, UpsertOutcome::created);
    EXPECT_EQ(ok(store().recommendations().get(inserted.id)).paragraph, "143.12");
    const std::string before = snapshot(store());

    const auto duplicate = store().recommendations().insert(r);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(snapshot(store()), before);
}

TEST_P(RecommendationStore, ChangedReUpsertReplacesContentAndBumpsVersion) {
    const auto review = add_review();
    Recommendation r = full_recommendation(review);
    const auto id = add_recommendation(r);

    r.texts = {RecommendationText{"Ratify CAT promptly", {"NOR"}}};
    r.translations.clear();
    r.position = Position::noted;
    r.labels = {label(LabelKind::issue, "Death penalty")};
    const Upserted changed = ok(store().recommendations().upsert(r));
    EXPECT_EQ(changed.outcome, UpsertOutcome::updated);
    EXPECT_EQ(changed.id, id);

    const Recommendation stored = ok(store().recommendations().get(id));
    EXPECT_EQ(stored.texts, r.texts);
    EXPECT_TRUE(stored.translations.empty());
    EXPECT_EQ(stored.position, Position::noted);
    ASSERT_EQ(stored.labels.size(), 1u);
    EXPECT_EQ(stored.labels[0].value, "Death penalty");
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(ok(store().recommendations().upsert(r)).outcome, UpsertOutcome::unchanged);
    EXPECT_EQ(ok(store().recommendations().get(id)).version, 2);
}

TEST_P(RecommendationStore, ReImportKeepsLabelsPeopleConfirmedOrModelsSuggested) {
    const auto review = add_review();
    Recommendation imported = sample_recommendation(review, "143.1", "Abolish the death penalty", {"FRA"});
    imported.labels = {label(LabelKind::issue, "Death penalty"), label(LabelKind::theme, "D2")};
    const auto id = add_recommendation(imported);

    // A person confirms the theme and a model suggests an SDG target.
    Recommendation edited = ok(store().recommendations().get(id));
    for (auto& l : edited.labels) {
        if (l.kind == LabelKind::theme) l.provenance = Provenance::confirmed;
    }
    Label suggestion = label(LabelKind::sdg_target, "16.1", Provenance::suggested);
    suggestion.confidence = 0.72;
    suggestion.model_version = "fasttext-2024-05";
    edited.labels.push_back(suggestion);
    ok(store().recommendations().update(edited));

    // Re-importing the very same file changes nothing and keeps both.
    EXPECT_EQ(ok(store().recommendations().upsert(imported)).outcome, UpsertOutcome::unchanged);
    Recommendation stored = ok(store().recommendations().get(id));
    ASSERT_EQ(stored.labels.size(), 3u);
    EXPECT_EQ(stored.version, 2);

    // A newer file replaces the imported labels only.
    imported.labels = {label(LabelKind::issue, "Torture and other CID"), label(LabelKind::theme, "D2")};
    EXPECT_EQ(ok(store().recommendations().upsert(imported)).outcome, UpsertOutcome::updated);
    stored = ok(store().recommendations().get(id));
    std::vector<std::string> labels;
    for (const auto& l : stored.labels) labels.push_back(l.value + "/" + std::string(to_string(l.provenance)));
    EXPECT_EQ(labels, (std::vector<std::string>{"Torture and other CID/imported", "16.1/suggested", "D2/confirmed"}));
    const auto kept = std::find_if(stored.labels.begin(), stored.labels.end(),
                                   [](const Label& l) { return l.kind == LabelKind::sdg_target; });
    ASSERT_NE(kept, stored.labels.end());
    EXPECT_DOUBLE_EQ(kept->confidence, 0.72);
    EXPECT_EQ(kept->model_version, "fasttext-2024-05");
    EXPECT_EQ(ok(store().recommendations().upsert(imported)).outcome, UpsertOutcome::unchanged);
}

TEST_P(RecommendationStore, UpsertKeepsTheClusterAPersonChose) {
    const auto review = add_review();
    const Recommendation r = sample_recommendation(review, "1", "Text", {"FRA"});
    const auto id = add_recommendation(r);
    const Cluster cluster = ok(store().clusters().create(Cluster{0, review, "Torture", 0}));
    ok(store().clusters().place(id, cluster.id));

    Recommendation changed = r;
    changed.position = Position::supported;
    EXPECT_EQ(ok(store().recommendations().upsert(changed)).outcome, UpsertOutcome::updated);
    EXPECT_EQ(ok(store().recommendations().get(id)).cluster_id, cluster.id);
}

TEST_P(RecommendationStore, UpdateChecksTheVersion) {
    const auto review = add_review();
    const auto id = add_recommendation(full_recommendation(review));
    Recommendation first = ok(store().recommendations().get(id));
    Recommendation second = first;

    first.position = Position::partially_supported;
    first.position_explanation = "Supports the first part";
    const Recommendation saved = ok(store().recommendations().update(first));
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.position, Position::partially_supported);
    EXPECT_EQ(ok(store().recommendations().get(id)).position_explanation, "Supports the first part");

    second.position = Position::noted;
    const auto stale = store().recommendations().update(second);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
    EXPECT_EQ(stale.error().message_id, "store.conflict");
    EXPECT_EQ(stale.error().arg("entity"), "recommendation");
    EXPECT_EQ(stale.error().arg("id"), std::to_string(id));
    EXPECT_EQ(stale.error().arg("expected"), "1");
    EXPECT_EQ(stale.error().arg("current"), "2");
    EXPECT_EQ(ok(store().recommendations().get(id)).position, Position::partially_supported);

    Recommendation missing = saved;
    missing.id = id + 100;
    const auto absent = store().recommendations().update(missing);
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, ErrorCode::not_found);
}

TEST_P(RecommendationStore, ListsInNaturalParagraphOrder) {
    const auto later = add_review("VNM", 32);
    const auto earlier = add_review("VNM", 18);
    for (const char* p : {"143.10", "143.2", "143.1", "144.1", "9.3", "143.100", ""}) {
        add_recommendation(sample_recommendation(earlier, p, std::string("Text ") + p, {"FRA"}));
    }
    add_recommendation(sample_recommendation(later, "1.1", "Later review", {"FRA"}));

    RecommendationFilter all;
    all.limit = 0;
    // Reviews in id order; "" (unnumbered) first; numbers compared as numbers.
    const std::vector<std::string> expected =
        earlier < later ? std::vector<std::string>{"", "9.3", "143.1", "143.2", "143.10", "143.100", "144.1", "1.1"}
                        : std::vector<std::string>{"1.1", "", "9.3", "143.1", "143.2", "143.10", "143.100", "144.1"};
    EXPECT_EQ(paragraphs(all), expected);

    RecommendationFilter page;
    page.review_id = earlier;
    page.offset = 2;
    page.limit = 3;
    EXPECT_EQ(paragraphs(page), (std::vector<std::string>{"143.1", "143.2", "143.10"}));
    EXPECT_EQ(ok(store().recommendations().count(page)), 7);
}

TEST_P(RecommendationStore, FiltersAndCountsAgree) {
    const auto vnm = add_review("VNM", 18);
    const auto svn = add_review("SVN", 34);
    Recommendation a = sample_recommendation(vnm, "1", "A", {"FRA", "DEU"}, Position::supported);
    a.labels = {label(LabelKind::issue, "Women's rights")};
    Recommendation b = sample_recommendation(vnm, "2", "B", {"USA"}, Position::noted);
    b.labels = {label(LabelKind::issue, "Death penalty")};
    Recommendation c = sample_recommendation(vnm, "3", "C", {}, std::nullopt);
    c.kind = RecommendationKind::voluntary_pledge;
    Recommendation d = sample_recommendation(svn, "1", "D", {"FRA"}, Position::supported);
    d.labels = {label(LabelKind::issue, "Death penalty"), label(LabelKind::theme, "Death penalty")};
    for (const auto& r : {a, b, c, d}) add_recommendation(r);

    const auto check = [&](RecommendationFilter filter, std::vector<std::string> expected) {
        filter.limit = 0;
        std::vector<std::string> texts;
        for (const auto& r : ok(store().recommendations().list(filter))) texts.push_back(r.texts.at(0).text);
        EXPECT_EQ(texts, expected);
        EXPECT_EQ(ok(store().recommendations().count(filter)), static_cast<std::int64_t>(expected.size()));
    };
    RecommendationFilter f;
    check(f, {"A", "B", "C", "D"});
    f = {};
    f.state_under_review = "VNM";
    check(f, {"A", "B", "C"});
    f = {};
    f.recommending_state = "FRA";
    check(f, {"A", "D"});
    f = {};
    f.position = Position::supported;
    check(f, {"A", "D"});
    f = {};
    f.kind = RecommendationKind::voluntary_pledge;
    check(f, {"C"});
    f = {};
    f.issue = "Death penalty";  // the theme of the same name is not an issue
    check(f, {"B", "D"});
    f = {};
    f.issue = "Death penalty";
    f.state_under_review = "SVN";
    f.recommending_state = "FRA";
    f.position = Position::supported;
    f.kind = RecommendationKind::recommendation;
    f.review_id = svn;
    check(f, {"D"});
    f = {};
    f.recommending_state = "CHN";
    check(f, {});

    RecommendationFilter limited;
    limited.limit = 1;
    EXPECT_EQ(ok(store().recommendations().list(limited)).size(), 1u);
    EXPECT_EQ(ok(store().recommendations().count(limited)), 4);
}

TEST_P(RecommendationStore, ForEachVisitsEveryMatchInOrderAcrossPages) {
    const auto review = add_review();
    ok(store().transaction([&]() -> Status {
        for (int i = 1000; i >= 1; --i) {
            add_recommendation(sample_recommendation(review, "5." + std::to_string(i), "T", {i % 2 ? "FRA" : "DEU"}));
        }
        return {};
    }));
    RecommendationFilter filter;
    filter.limit = 0;
    filter.recommending_state = "FRA";
    std::vector<std::string> seen;
    ok(store().recommendations().for_each(filter, [&](const Recommendation& r) {
        seen.push_back(r.paragraph);
        EXPECT_EQ(r.texts.at(0).state_codes, std::vector<std::string>{"FRA"});
        // The store stays usable from inside the visit.
        EXPECT_TRUE(store().recommendations().get(r.id).ok());
        return true;
    }));
    ASSERT_EQ(seen.size(), 500u);
    EXPECT_EQ(seen.front(), "5.1");
    EXPECT_EQ(seen[1], "5.3");
    EXPECT_EQ(seen.back(), "5.999");

    filter.offset = 10;
    filter.limit = 600;
    std::size_t visited = 0;
    std::string first;
    ok(store().recommendations().for_each(filter, [&](const Recommendation& r) {
        if (visited++ == 0) first = r.paragraph;
        return true;
    }));
    EXPECT_EQ(visited, 490u);
    EXPECT_EQ(first, "5.21");

    visited = 0;
    ok(store().recommendations().for_each(filter, [&](const Recommendation&) { return ++visited < 3; }));
    EXPECT_EQ(visited, 3u);
}

TEST_P(RecommendationStore, StatisticsCountEachReview) {
    const auto vnm = add_review("VNM", 18);
    const auto svn = add_review("SVN", 34);
    add_review("FRA", 29);  // no recommendations: no row
    add_recommendation(sample_recommendation(vnm, "1", "a", {"FRA", "DEU"}, Position::supported));
    add_recommendation(sample_recommendation(vnm, "2", "b", {"FRA"}, Position::supported));
    add_recommendation(sample_recommendation(vnm, "3", "c", {"USA"}, Position::noted));
    add_recommendation(sample_recommendation(vnm, "4", "d", {"CHL"}, Position::partially_supported));
    add_recommendation(sample_recommendation(vnm, "5", "e", {"NOR"}, Position::pending));
    add_recommendation(sample_recommendation(vnm, "6", "f", {"NOR"}));
    Recommendation pledge = sample_recommendation(vnm, "7", "g", {"BRA"}, Position::supported);
    pledge.kind = RecommendationKind::voluntary_pledge;
    add_recommendation(pledge);
    add_recommendation(sample_recommendation(svn, "1", "h", {"AUT"}, Position::noted));

    const auto rows = ok(store().recommendations().statistics());
    ASSERT_EQ(rows.size(), 2u);
    const auto& v = rows[0].review_id == vnm ? rows[0] : rows[1];
    const auto& s = rows[0].review_id == vnm ? rows[1] : rows[0];
    EXPECT_LT(rows[0].review_id, rows[1].review_id);
    EXPECT_EQ(v.recommendations, 6);
    EXPECT_EQ(v.recommending_states, 5);  // FRA DEU USA CHL NOR; BRA only made a pledge
    EXPECT_EQ(v.supported, 2);
    EXPECT_EQ(v.noted, 1);
    EXPECT_EQ(v.partially_supported, 1);
    EXPECT_EQ(v.pending, 1);
    EXPECT_EQ(v.without_position, 1);
    EXPECT_EQ(v.voluntary_pledges, 1);
    EXPECT_EQ(s.review_id, svn);
    EXPECT_EQ(s.recommendations, 1);
    EXPECT_EQ(s.recommending_states, 1);
    EXPECT_EQ(s.noted, 1);
}

TEST_P(RecommendationStore, UnknownReviewIsRefused) {
    const auto refused = store().recommendations().upsert(sample_recommendation(999, "1", "x", {}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(refused.error().message_id, "store.reference_missing");
}

RECTRACK_STORE_SUITE(RecommendationStore);

}  // namespace
}  // namespace rectrack::test

#include "storage/store_test_support.hpp"

namespace rectrack::test {
namespace {

using ClusterStore = StoreTest;

TEST_P(ClusterStore, CreateGetUpdateAndPlace) {
    const auto review = add_review();
    const auto other = add_review("SVN", 34);
    const Cluster torture = ok(store().clusters().create(Cluster{0, review, "Torture", 0}));
    ok(store().clusters().create(Cluster{0, review, "Death penalty", 0}));
    ok(store().clusters().create(Cluster{0, other, "Elsewhere", 0}));
    EXPECT_EQ(torture.version, 1);
    EXPECT_EQ(ok(store().clusters().get(torture.id)).label, "Torture");

    std::vector<std::string> labels;
    for (const auto& c : ok(store().clusters().for_review(review))) labels.push_back(c.label);
    EXPECT_EQ(labels, (std::vector<std::string>{"Torture", "Death penalty"}));

    Cluster renamed = torture;
    renamed.label = "Torture and ill-treatment";
    EXPECT_EQ(ok(store().clusters().update(renamed)).version, 2);
    EXPECT_EQ(ok(store().clusters().get(torture.id)).label, "Torture and ill-treatment");
    const auto stale = store().clusters().update(torture);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message_id, "store.conflict");

    const auto id = add_recommendation(sample_recommendation(review, "1", "t", {"FRA"}));
    ok(store().clusters().place(id, torture.id));
    EXPECT_EQ(ok(store().recommendations().get(id)).cluster_id, torture.id);
    ok(store().clusters().place(id, std::nullopt));
    const Recommendation out = ok(store().recommendations().get(id));
    EXPECT_FALSE(out.cluster_id.has_value());
    EXPECT_EQ(out.version, 3);  // each placement is an edit of the recommendation

    const auto no_cluster = store().clusters().place(id, 9999);
    ASSERT_FALSE(no_cluster.ok());
    EXPECT_EQ(no_cluster.error().code, ErrorCode::not_found);
    EXPECT_EQ(no_cluster.error().arg("entity"), "cluster");
    const auto no_recommendation = store().clusters().place(9999, torture.id);
    ASSERT_FALSE(no_recommendation.ok());
    EXPECT_EQ(no_recommendation.error().arg("entity"), "recommendation");
}

RECTRACK_STORE_SUITE(ClusterStore);

}  // namespace
}  // namespace rectrack::test

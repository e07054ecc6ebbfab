#include "service/cluster_review.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "service/edit_clusters.hpp"
#include "support/test_paths.hpp"
#include "unit/service/import_fixture.hpp"

namespace rectrack::test {
namespace {

std::filesystem::path vietnam_2014_report() {
    return shared_data("un-docs/vietnam/A_HRC_26_6_working_group_report.pdf");
}
std::filesystem::path vietnam_2009_report() {
    return shared_data("un-docs/vietnam/A_HRC_12_11_working_group_report.pdf");
}

// Viet Nam's 2014 report imported once for the whole suite; each test clusters it afresh.
class VietnamClusters : public ::testing::Test {
 protected:
    void SetUp() override {
        RECTRACK_REQUIRE_FILE(vietnam_2014_report());
        auto imported = fixture_.import({vietnam_2014_report()});
        ASSERT_TRUE(imported.ok()) << imported.error().message_id;
        for (const auto& recommendation : fixture_.recommendations()) {
            review_id_ = recommendation.review_id;
            by_paragraph_[recommendation.paragraph] = recommendation.id;
        }
    }

    // Cluster of each recommendation id, as stored.
    std::map<std::int64_t, std::optional<std::int64_t>> placement() {
        std::map<std::int64_t, std::optional<std::int64_t>> clusters;
        for (const auto& recommendation : fixture_.recommendations())
            clusters[recommendation.id] = recommendation.cluster_id;
        return clusters;
    }

    ImportFixture fixture_;
    std::int64_t review_id_ = 0;
    std::map<std::string, std::int64_t> by_paragraph_;
};

TEST_F(VietnamClusters, TheSevenRequestsToRatifyTheConventionAgainstTortureFormOneCluster) {
    auto clustered = ClusterReview(fixture_.store()).run(review_id_);
    ASSERT_TRUE(clustered.ok()) << clustered.error().message_id;
    const auto clusters = placement();
    const auto cat = clusters.at(by_paragraph_.at("143.9"));
    ASSERT_TRUE(cat.has_value());
    for (const char* paragraph : {"143.10", "143.11", "143.12", "143.13", "143.14", "143.15"}) {
        EXPECT_EQ(clusters.at(by_paragraph_.at(paragraph)), cat) << paragraph;
    }
    // The request about the Rights of the Child's communications procedure asks for something else.
    EXPECT_NE(clusters.at(by_paragraph_.at("143.16")), cat);
}

TEST_F(VietnamClusters, EditsSurviveReclustering) {
    ClusterReview clustering(fixture_.store());
    ASSERT_TRUE(clustering.run(review_id_).ok());
    auto clusters = placement();
    const auto cat = *clusters.at(by_paragraph_.at("143.12"));
    const std::int64_t ratify_cat = by_paragraph_.at("143.13");
    const std::int64_t death_penalty = by_paragraph_.at("143.6");  // Second Optional Protocol to the ICCPR
    EditClusters edits(fixture_.store());

    // A person splits 143.13 off into a cluster of its own and moves 143.6 into the CAT cluster.
    auto split = edits.split(cat, {ratify_cat});
    ASSERT_TRUE(split.ok()) << split.error().message_id;
    auto moved = edits.move(death_penalty, cat);
    ASSERT_TRUE(moved.ok()) << moved.error().message_id;
    ASSERT_TRUE(clustering.run(review_id_).ok());

    clusters = placement();
    EXPECT_EQ(clusters.at(ratify_cat), split->id);
    EXPECT_EQ(clusters.at(death_penalty), cat);
    EXPECT_EQ(clusters.at(by_paragraph_.at("143.12")), cat);
    auto stored = fixture_.store().clusters().get(cat);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->pinned);

    // Merging the split cluster back empties and deletes it; the merge survives another run too.
    auto merged = edits.merge(cat, split->id);
    ASSERT_TRUE(merged.ok()) << merged.error().message_id;
    EXPECT_FALSE(fixture_.store().clusters().get(split->id).ok());
    ASSERT_TRUE(clustering.run(review_id_).ok());
    clusters = placement();
    EXPECT_EQ(clusters.at(ratify_cat), cat);
}

TEST_F(VietnamClusters, EditsAcrossReviewsOrOfNonMembersAreRefused) {
    ASSERT_TRUE(ClusterReview(fixture_.store()).run(review_id_).ok());
    const auto clusters = placement();
    const auto cat = *clusters.at(by_paragraph_.at("143.12"));
    EditClusters edits(fixture_.store());
    auto not_member = edits.split(cat, {by_paragraph_.at("143.200")});
    ASSERT_FALSE(not_member.ok());
    EXPECT_EQ(not_member.error().message_id, "cluster.not_member");
    auto itself = edits.merge(cat, cat);
    ASSERT_FALSE(itself.ok());
    EXPECT_EQ(itself.error().code, ErrorCode::invalid_input);
    EXPECT_FALSE(edits.move(by_paragraph_.at("143.1"), 999999).ok());
}

TEST_F(VietnamClusters, RecommendationsRepeatingCycleOneLinkToTheirPredecessors) {
    RECTRACK_REQUIRE_FILE(vietnam_2009_report());
    ASSERT_TRUE(fixture_.import({vietnam_2009_report()}).ok());
    auto clustered = ClusterReview(fixture_.store()).run(review_id_);
    ASSERT_TRUE(clustered.ok()) << clustered.error().message_id;
    ASSERT_FALSE(clustered->predecessors.empty());
    std::size_t from_cycle_one = 0;
    for (const auto& [id, predecessors] : clustered->predecessors) {
        ASSERT_LE(predecessors.size(), ClusterReview::predecessors_per_recommendation);
        for (const auto& predecessor : predecessors) {
            EXPECT_EQ(predecessor.review.state_code, "VNM");
            EXPECT_LT(predecessor.review.cycle, clustered->review.cycle);
            if (predecessor.review.cycle == 1) ++from_cycle_one;
        }
    }
    EXPECT_GT(from_cycle_one, 0U);
}

}  // namespace
}  // namespace rectrack::test

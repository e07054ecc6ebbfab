#include "service/show_recommendation.hpp"

namespace rectrack {

Result<RecommendationDetail> ShowRecommendation::run(std::int64_t id) {
    auto rec = store_.recommendations().get(id);
    if (!rec.ok()) return rec.error();
    auto review = store_.reviews().get(rec->review_id);
    if (!review.ok()) return review.error();
    RecommendationDetail detail{std::move(rec.value()), std::move(review.value()), std::nullopt};
    if (detail.recommendation.source_document_id) {
        auto source = store_.documents().get(*detail.recommendation.source_document_id);
        if (!source.ok()) return source.error();
        detail.source = std::move(source.value());
    }
    return detail;
}

}  // namespace rectrack

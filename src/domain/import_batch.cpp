#include "domain/import_batch.hpp"

namespace rectrack {

ImportBatch single_review_batch(SourceDocument document, Review review, std::vector<Recommendation> recommendations) {
    ImportBatch batch;
    batch.document = std::move(document);
    batch.rows = static_cast<long>(recommendations.size());
    batch.reviews.push_back(ImportedReview{std::move(review), std::move(recommendations), {}});
    return batch;
}

}  // namespace rectrack

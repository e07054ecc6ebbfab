#include "service/export_recommendations.hpp"

#include <map>

namespace rectrack {

Result<std::int64_t> ExportRecommendations::run(RecommendationFilter filter, RecommendationSink& sink) {
    auto reviews = store_.reviews().list();
    if (!reviews.ok()) return reviews.error();
    std::map<std::int64_t, Review> review_by_id;
    for (auto& review : *reviews) review_by_id.emplace(review.id, review);
    auto documents = store_.documents().list();
    if (!documents.ok()) return documents.error();
    std::map<std::int64_t, SourceDocument> document_by_id;
    for (auto& document : *documents) document_by_id.emplace(document.id, document);

    filter.offset = 0;
    filter.limit = 0;
    std::int64_t written = 0;
    auto visited = store_.recommendations().for_each(filter, [&](const Recommendation& rec) {
        const SourceDocument* source = nullptr;
        if (rec.source_document_id) {
            auto it = document_by_id.find(*rec.source_document_id);
            if (it != document_by_id.end()) source = &it->second;
        }
        sink.write(review_by_id.at(rec.review_id), rec, source);
        ++written;
        return true;
    });
    if (!visited.ok()) return visited.error();
    sink.finish();
    return written;
}

}  // namespace rectrack

#include "service/review_identity.hpp"

#include <vector>

namespace rectrack {

Result<Review> identify_review(ReviewRepository& reviews, Review parsed, const ReviewOverrides& overrides) {
    if (overrides.state_code) parsed.state_code = *overrides.state_code;
    if (overrides.cycle) parsed.cycle = *overrides.cycle;
    if (overrides.session) parsed.session = *overrides.session;
    if (parsed.session != 0) return parsed;
    auto stored = reviews.list();
    if (!stored.ok()) return stored.error();
    std::vector<const Review*> same_cycle;
    for (const auto& review : *stored) {
        if (review.state_code != parsed.state_code || review.mechanism != parsed.mechanism) continue;
        if (!parsed.document_symbol.empty() && review.document_symbol == parsed.document_symbol) return review;
        if (review.cycle == parsed.cycle) same_cycle.push_back(&review);
    }
    if (same_cycle.size() == 1) return *same_cycle.front();
    return parsed;
}

}  // namespace rectrack

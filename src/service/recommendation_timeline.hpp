#pragma once

#include <cstdint>
#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Everything that happened to a recommendation, oldest first, from the audit log: changes to the
// recommendation itself, its assignments (direct or through its cluster) and its progress updates.
class RecommendationTimeline {
 public:
    explicit RecommendationTimeline(Store& store) : store_(store) {}
    Result<std::vector<AuditEvent>> run(std::int64_t recommendation_id);

 private:
    Status collect(std::string_view entity, std::int64_t id, std::vector<AuditEvent>& events);
    Store& store_;
};

}  // namespace rectrack

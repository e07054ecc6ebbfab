#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/evidence_store.hpp"
#include "domain/store.hpp"
#include "service/evidence_policy.hpp"

namespace rectrack {

struct ProgressReport {
    std::int64_t recommendation_id = 0;
    std::string institution_code;
    ImplementationStatus status = ImplementationStatus::not_started;
    std::vector<LocalizedText> narratives;  // one per language
    std::vector<EvidenceUpload> evidence;
    std::string date;  // YYYY-MM-DD the report speaks for; empty: today
};

// An institution assigned to a recommendation (as lead or supporter) reports its progress with narrative and
// evidence; the update waits for the coordinator's review.
class RecordProgress {
 public:
    RecordProgress(Store& store, EvidenceStore& files) : store_(store), files_(files) {}
    Result<ProgressUpdate> run(const Actor& actor, const ProgressReport& report);

 private:
    Status check_assigned(const Recommendation& rec, const Institution& institution);
    Store& store_;
    EvidenceStore& files_;
};

}  // namespace rectrack

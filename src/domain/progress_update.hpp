#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/localized_text.hpp"

namespace rectrack {

enum class ImplementationStatus { not_started, in_progress, partially_implemented, implemented, later, not_applicable };
// The coordinator's decision on a submitted update.
enum class UpdateReview { submitted, accepted, returned };

std::string_view to_string(ImplementationStatus status);
std::optional<ImplementationStatus> implementation_status_from_string(std::string_view text);
std::string_view to_string(UpdateReview review);
std::optional<UpdateReview> update_review_from_string(std::string_view text);

struct EvidenceFile {
    std::string file_name;
    std::string sha256;
    std::int64_t size = 0;
    std::string media_type;

    friend bool operator==(const EvidenceFile&, const EvidenceFile&) = default;
};

// An institution's report on a recommendation's implementation, reviewed by the coordinator.
struct ProgressUpdate {
    std::int64_t id = 0;
    std::int64_t recommendation_id = 0;
    std::int64_t institution_id = 0;
    ImplementationStatus status = ImplementationStatus::not_started;
    std::vector<LocalizedText> narratives;
    std::vector<EvidenceFile> evidence;
    std::string date;  // ISO 8601, the date the update speaks for
    std::optional<std::int64_t> author_user_id;
    UpdateReview review = UpdateReview::submitted;
    std::string review_comment;
    std::int64_t version = 0;
    std::string submitted_at;  // ISO 8601 UTC, set when stored
    std::string reviewed_at;   // ISO 8601 UTC of the coordinator's decision
    std::string reviewed_by;
};

}  // namespace rectrack

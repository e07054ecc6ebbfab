#include "service/review_progress.hpp"

#include "common/utc_clock.hpp"
#include "service/audit_log.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<ProgressUpdate> ReviewProgress::run(const Actor& actor, const ProgressDecision& decision) {
    if (!decision.accept && decision.comment.empty()) {
        return make_error(ErrorCode::invalid_input, "progress.return_needs_comment")
            .with("update", std::to_string(decision.update_id));
    }
    std::optional<ProgressUpdate> saved;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto current = store_.progress().get(decision.update_id);
        if (!current.ok()) return current.error();
        if (current->review != UpdateReview::submitted) {
            return make_error(ErrorCode::conflict, "progress.already_reviewed")
                .with("update", std::to_string(current->id))
                .with("review", std::string(to_string(current->review)));
        }
        ProgressUpdate reviewed = *current;
        if (decision.expected_version) reviewed.version = *decision.expected_version;
        reviewed.review = decision.accept ? UpdateReview::accepted : UpdateReview::returned;
        reviewed.review_comment = decision.comment;
        reviewed.reviewed_at = utc_now_iso8601();
        reviewed.reviewed_by = actor.name;
        auto updated = store_.progress().update(reviewed);
        if (!updated.ok()) return updated.error();
        RECTRACK_TRY(record_change(store_, actor, decision.accept ? "accept" : "return", "progress_update", current->id,
                                   progress_update_json(*current), progress_update_json(*updated)));
        saved = std::move(updated.value());
        return {};
    }));
    return std::move(*saved);
}

}  // namespace rectrack

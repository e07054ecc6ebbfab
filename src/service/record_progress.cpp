#include "service/record_progress.hpp"

#include <algorithm>
#include <set>

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/iso_date.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

bool takes_part(const Assignment& assignment, std::int64_t institution_id) {
    return assignment.lead_institution_id == institution_id ||
           std::count(assignment.supporting_institution_ids.begin(), assignment.supporting_institution_ids.end(),
                      institution_id) > 0;
}

Status check_narratives(const std::vector<LocalizedText>& narratives) {
    std::set<std::string> languages;
    for (const auto& narrative : narratives) {
        if (narrative.language != "en" && narrative.language != "fr" && narrative.language != "vi") {
            return make_error(ErrorCode::invalid_input, "progress.bad_language").with("language", narrative.language);
        }
        if (!languages.insert(narrative.language).second) {
            return make_error(ErrorCode::invalid_input, "progress.repeated_language")
                .with("language", narrative.language);
        }
    }
    return {};
}

}  // namespace

Status RecordProgress::check_assigned(const Recommendation& rec, const Institution& institution) {
    auto direct = store_.plans().assignments_of_recommendation(rec.id);
    if (!direct.ok()) return direct.error();
    for (const auto& assignment : *direct) {
        if (takes_part(assignment, institution.id)) return {};
    }
    if (rec.cluster_id) {
        auto plans = store_.plans().list();
        if (!plans.ok()) return plans.error();
        for (const auto& plan : *plans) {
            auto assignments = store_.plans().assignments(plan.id);
            if (!assignments.ok()) return assignments.error();
            for (const auto& assignment : *assignments) {
                if (assignment.cluster_id == rec.cluster_id && takes_part(assignment, institution.id)) return {};
            }
        }
    }
    return make_error(ErrorCode::invalid_input, "progress.not_assigned")
        .with("institution", institution.code)
        .with("recommendation", std::to_string(rec.id));
}

Result<ProgressUpdate> RecordProgress::run(const Actor& actor, const ProgressReport& report) {
    const std::string date = report.date.empty() ? utc_today() : report.date;
    RECTRACK_TRY(check_date("date", date, false));
    if (date > utc_today()) return make_error(ErrorCode::invalid_input, "progress.future_date").with("date", date);
    RECTRACK_TRY(check_narratives(report.narratives));
    EvidencePolicy policy(files_);
    std::vector<EvidenceFile> evidence;
    for (const auto& upload : report.evidence) {
        auto checked = policy.check(upload);
        if (!checked.ok()) return checked.error();
        evidence.push_back(std::move(checked.value()));
    }
    std::optional<ProgressUpdate> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto rec = store_.recommendations().get(report.recommendation_id);
        if (!rec.ok()) return rec.error();
        auto institution = active_institution(store_, report.institution_code);
        if (!institution.ok()) return institution.error();
        RECTRACK_TRY(check_assigned(*rec, *institution));
        // Files are content-addressed: one left behind by a rolled-back update is harmless and reused.
        for (std::size_t i = 0; i < evidence.size(); ++i) {
            RECTRACK_TRY(files_.keep(evidence[i].sha256, report.evidence[i].bytes));
        }
        ProgressUpdate update;
        update.recommendation_id = rec->id;
        update.institution_id = institution->id;
        update.status = report.status;
        update.narratives = report.narratives;
        update.evidence = evidence;
        update.date = date;
        update.author_user_id = actor.user_id;
        update.review = UpdateReview::submitted;
        auto stored = store_.progress().add(update);
        if (!stored.ok()) return stored.error();
        RECTRACK_TRY(record_change(store_, actor, "submit", "progress_update", stored->id, nullptr,
                                   progress_update_json(*stored)));
        created = std::move(stored.value());
        return {};
    }));
    return std::move(*created);
}

}  // namespace rectrack

#include "service/plan_json.hpp"

namespace rectrack {

namespace {

nlohmann::json optional_id(const std::optional<std::int64_t>& id) {
    return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

nlohmann::json texts_json(const std::vector<LocalizedText>& texts) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& text : texts) object[text.language] = text.text;
    return object;
}

// An audit field holds JSON text; shown parsed, or null when the event recorded none.
nlohmann::json parsed_or_null(const std::string& text) {
    if (text.empty()) return nullptr;
    return nlohmann::json::parse(text, nullptr, false);
}

}  // namespace

nlohmann::json institution_json(const Institution& institution) {
    return {{"id", institution.id},
            {"code", institution.code},
            {"names", texts_json(institution.names)},
            {"parent_id", optional_id(institution.parent_id)},
            {"merged_into_id", optional_id(institution.merged_into_id)},
            {"version", institution.version}};
}

nlohmann::json plan_json(const Plan& plan) {
    return {{"id", plan.id},
            {"name", plan.name},
            {"decision_number", plan.decision_number},
            {"decision_date", plan.decision_date},
            {"period_start", plan.period_start},
            {"period_end", plan.period_end},
            {"review_ids", plan.review_ids},
            {"version", plan.version}};
}

nlohmann::json assignment_json(const Assignment& assignment) {
    return {{"id", assignment.id},
            {"plan_id", assignment.plan_id},
            {"recommendation_id", optional_id(assignment.recommendation_id)},
            {"cluster_id", optional_id(assignment.cluster_id)},
            {"lead_institution_id", assignment.lead_institution_id},
            {"supporting_institution_ids", assignment.supporting_institution_ids},
            {"assigned_at", assignment.assigned_at},
            {"version", assignment.version}};
}

nlohmann::json activity_json(const Activity& activity) {
    return {{"id", activity.id},
            {"plan_id", activity.plan_id},
            {"assignment_id", optional_id(activity.assignment_id)},
            {"title", activity.title},
            {"owner_institution_id", optional_id(activity.owner_institution_id)},
            {"deadline", activity.deadline},
            {"budget", activity.budget},
            {"currency", activity.currency},
            {"status", to_string(activity.status)},
            {"version", activity.version}};
}

nlohmann::json indicator_json(const Indicator& indicator) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& value : indicator.values) values.push_back({{"date", value.date}, {"value", value.value}});
    return {{"id", indicator.id},
            {"plan_id", indicator.plan_id},
            {"assignment_id", optional_id(indicator.assignment_id)},
            {"definition", indicator.definition},
            {"unit", indicator.unit},
            {"baseline", indicator.baseline},
            {"target", indicator.target},
            {"values", values},
            {"version", indicator.version}};
}

nlohmann::json progress_update_json(const ProgressUpdate& update) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& file : update.evidence) {
        evidence.push_back({{"file_name", file.file_name},
                            {"sha256", file.sha256},
                            {"size", file.size},
                            {"media_type", file.media_type}});
    }
    return {{"id", update.id},
            {"recommendation_id", update.recommendation_id},
            {"institution_id", update.institution_id},
            {"status", to_string(update.status)},
            {"narratives", texts_json(update.narratives)},
            {"evidence", evidence},
            {"date", update.date},
            {"author_user_id", optional_id(update.author_user_id)},
            {"review", to_string(update.review)},
            {"review_comment", update.review_comment},
            {"submitted_at", update.submitted_at},
            {"reviewed_at", update.reviewed_at},
            {"reviewed_by", update.reviewed_by},
            {"version", update.version}};
}

nlohmann::json audit_event_json(const AuditEvent& event) {
    return {{"id", event.id},
            {"at", event.at},
            {"user_id", optional_id(event.user_id)},
            {"actor", event.actor},
            {"action", event.action},
            {"entity", event.entity},
            {"entity_id", event.entity_id},
            {"before", parsed_or_null(event.before_json)},
            {"after", parsed_or_null(event.after_json)}};
}

nlohmann::json status_counts_json(const StatusCounts& counts) {
    nlohmann::json by_status = nlohmann::json::object();
    for (std::size_t i = 0; i < StatusCounts::status_count; ++i) {
        by_status[std::string(to_string(static_cast<ImplementationStatus>(i)))] = counts.by_status.at(i);
    }
    using enum ImplementationStatus;
    return {{"total", counts.total},
            {"by_status", by_status},
            {"mid_term",
             {{"implemented", counts.count(implemented)},
              {"ongoing_or_partially_implemented", counts.count(in_progress) + counts.count(partially_implemented)},
              {"to_be_considered_later", counts.count(later)},
              {"not_started", counts.count(not_started)},
              {"not_applicable", counts.count(not_applicable)}}}};
}

nlohmann::json progress_snapshot_json(const ProgressSnapshot& snapshot) {
    nlohmann::json document = status_counts_json(snapshot.overall);
    document["review_id"] = snapshot.review_id;
    document["as_of"] = snapshot.as_of;
    document["reported"] = snapshot.reported;
    nlohmann::json institutions = nlohmann::json::array();
    for (const auto& [code, counts] : snapshot.by_institution) {
        auto row = status_counts_json(counts);
        row["institution"] = code.empty() ? nlohmann::json(nullptr) : nlohmann::json(code);
        institutions.push_back(row);
    }
    nlohmann::json issues = nlohmann::json::array();
    for (const auto& [issue, counts] : snapshot.by_issue) {
        auto row = status_counts_json(counts);
        row["issue"] = issue;
        issues.push_back(row);
    }
    document["by_institution"] = institutions;
    document["by_issue"] = issues;
    return document;
}

nlohmann::json overdue_report_json(const OverdueReport& report) {
    nlohmann::json institutions = nlohmann::json::array();
    for (const auto& [code, overdue] : report.institutions) {
        nlohmann::json activities = nlohmann::json::array();
        for (const auto& late : overdue.activities) {
            auto row = activity_json(late.activity);
            row["days_late"] = late.days_late;
            activities.push_back(row);
        }
        nlohmann::json silent = nlohmann::json::array();
        for (const auto& quiet : overdue.silent) {
            silent.push_back({{"plan_id", quiet.plan_id},
                              {"assignment_id", quiet.assignment_id},
                              {"recommendation_id", quiet.recommendation_id},
                              {"paragraph", quiet.paragraph},
                              {"last_update",
                               quiet.last_update.empty() ? nlohmann::json(nullptr) : nlohmann::json(quiet.last_update)},
                              {"days_silent", quiet.days_silent}});
        }
        institutions.push_back({{"institution", code.empty() ? nlohmann::json(nullptr) : nlohmann::json(code)},
                                {"activities", activities},
                                {"recommendations", silent}});
    }
    return {{"as_of", report.as_of}, {"days", report.days}, {"institutions", institutions}};
}

nlohmann::json plan_detail_json(const PlanDetail& detail) {
    auto json = plan_json(detail.plan);
    json["assignments"] = nlohmann::json::array();
    for (const auto& assignment : detail.assignments) json["assignments"].push_back(assignment_json(assignment));
    json["activities"] = nlohmann::json::array();
    for (const auto& activity : detail.activities) json["activities"].push_back(activity_json(activity));
    json["indicators"] = nlohmann::json::array();
    for (const auto& indicator : detail.indicators) json["indicators"].push_back(indicator_json(indicator));
    return json;
}

}  // namespace rectrack

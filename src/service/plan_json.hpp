#pragma once

#include <nlohmann/json.hpp>

#include "domain/activity.hpp"
#include "domain/assignment.hpp"
#include "domain/audit_event.hpp"
#include "domain/indicator.hpp"
#include "domain/institution.hpp"
#include "domain/overdue_report.hpp"
#include "domain/plan.hpp"
#include "domain/progress_snapshot.hpp"
#include "domain/progress_update.hpp"
#include "service/show_plan.hpp"

namespace rectrack {

// The JSON of the follow-up records: what the audit log keeps as before/after and what the CLI and API show.
nlohmann::json institution_json(const Institution& institution);
nlohmann::json plan_json(const Plan& plan);
// A plan with its assignments, activities and indicators, as `plan show` and GET /plans/{id} give it.
nlohmann::json plan_detail_json(const PlanDetail& detail);
nlohmann::json assignment_json(const Assignment& assignment);
nlohmann::json activity_json(const Activity& activity);
nlohmann::json indicator_json(const Indicator& indicator);
nlohmann::json progress_update_json(const ProgressUpdate& update);
nlohmann::json audit_event_json(const AuditEvent& event);
// Counts by status, with the mid-term report's grouping (implemented / ongoing or partially / later / not started).
nlohmann::json status_counts_json(const StatusCounts& counts);
nlohmann::json progress_snapshot_json(const ProgressSnapshot& snapshot);
nlohmann::json overdue_report_json(const OverdueReport& report);

}  // namespace rectrack

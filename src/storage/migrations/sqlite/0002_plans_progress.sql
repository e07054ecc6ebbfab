-- Follow-up of plans and progress: who acted on each audit event, when assignments were made and
-- when progress updates were submitted and reviewed (the overdue report and the timeline read them).

ALTER TABLE audit_events ADD COLUMN actor TEXT NOT NULL DEFAULT '';

ALTER TABLE assignments ADD COLUMN assigned_at TEXT NOT NULL DEFAULT '';

ALTER TABLE progress_updates ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE progress_updates ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE progress_updates ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';

-- One recommendation is assigned at most once per plan; bulk assignment skips those already assigned.
CREATE UNIQUE INDEX assignments_plan_recommendation ON assignments (plan_id, recommendation_id)
    WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX assignments_plan_cluster ON assignments (plan_id, cluster_id) WHERE cluster_id IS NOT NULL;

CREATE INDEX progress_updates_institution_date ON progress_updates (institution_id, recommendation_id, date);
CREATE INDEX activities_deadline ON activities (deadline) WHERE status = 'planned' OR status = 'in_progress';

-- The initial schema: every domain entity, with the indexes the filters and statistics use.
-- CHECKs spell out ORs: SQLite builds a temporary table for every IN list on every insert.

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    state_code TEXT NOT NULL,
    mechanism TEXT NOT NULL,
    cycle INTEGER NOT NULL,
    session INTEGER NOT NULL,
    dialogue_date TEXT NOT NULL DEFAULT '',
    adoption_date TEXT NOT NULL DEFAULT '',
    document_symbol TEXT NOT NULL DEFAULT '',
    UNIQUE (state_code, mechanism, cycle, session)
);

CREATE TABLE source_documents (
    id INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (
        kind = 'working_group_report' OR
        kind = 'addendum' OR
        kind = 'thematic_list' OR
        kind = 'matrix' OR
        kind = 'concluding_observations' OR
        kind = 'export_file'
    ),
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    pages INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);

CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clusters_review ON clusters (review_id);

-- paragraph_key sorts paragraphs naturally (143.2 before 143.10); import_digest detects unchanged re-imports.
CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    source_key TEXT NOT NULL,
    paragraph TEXT NOT NULL DEFAULT '',
    paragraph_key TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind = 'recommendation' OR kind = 'voluntary_pledge'),
    position TEXT CHECK (
        position = 'supported' OR
        position = 'noted' OR
        position = 'partially_supported' OR
        position = 'pending'
    ),
    position_document_id INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    position_explanation TEXT NOT NULL DEFAULT '',
    source_document_id INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    page INTEGER NOT NULL DEFAULT 0,
    cluster_id INTEGER REFERENCES clusters (id) ON DELETE SET NULL,
    import_digest TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (review_id, source_key)
);
CREATE INDEX recommendations_order ON recommendations (review_id, paragraph_key, id);
CREATE INDEX recommendations_statistics ON recommendations (review_id, kind, position);
CREATE INDEX recommendations_position ON recommendations (position, review_id);
CREATE INDEX recommendations_cluster ON recommendations (cluster_id) WHERE cluster_id IS NOT NULL;

-- Texts and their states are read and replaced per recommendation, so they are clustered by it.
CREATE TABLE recommendation_texts (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, ordinal)
) WITHOUT ROWID;

-- Keyed by the recommendation (not the text) so the recommending-state filter needs no join.
CREATE TABLE recommendation_text_states (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    text_ordinal INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    state_code TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, text_ordinal, ordinal)
) WITHOUT ROWID;
CREATE INDEX recommendation_text_states_state ON recommendation_text_states (state_code, recommendation_id);

CREATE TABLE translations (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE labels (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (
        kind = 'issue' OR
        kind = 'theme' OR
        kind = 'sdg_target' OR
        kind = 'affected_group' OR
        kind = 'action_category'
    ),
    value TEXT NOT NULL,
    provenance TEXT NOT NULL CHECK (
        provenance = 'imported' OR
        provenance = 'suggested' OR
        provenance = 'confirmed'
    ),
    confidence REAL NOT NULL DEFAULT 1.0,
    model_version TEXT NOT NULL DEFAULT '',
    source_document_id INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    PRIMARY KEY (recommendation_id, kind, value)
) WITHOUT ROWID;
-- No index on (kind, value): a label filter reads the table once (milliseconds for 100,000 labels),
-- while such an index costs every import a fifth of its time; facets come from the search index.

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES institutions (id) ON DELETE SET NULL,
    merged_into_id INTEGER REFERENCES institutions (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE institution_names (
    institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (institution_id, ordinal),
    UNIQUE (institution_id, language)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (
        role = 'admin' OR
        role = 'coordinator' OR
        role = 'focal_point' OR
        role = 'partner' OR
        role = 'public'
    ),
    password_hash TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_institutions (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (user_id, institution_id)
);
CREATE INDEX user_institutions_institution ON user_institutions (institution_id);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE plan_reviews (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE RESTRICT,
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (plan_id, review_id)
);
CREATE INDEX plan_reviews_review ON plan_reviews (review_id);

CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    cluster_id INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
    lead_institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((recommendation_id IS NULL) <> (cluster_id IS NULL))
);
CREATE INDEX assignments_plan ON assignments (plan_id);
CREATE INDEX assignments_recommendation ON assignments (recommendation_id);
CREATE INDEX assignments_cluster ON assignments (cluster_id);
CREATE INDEX assignments_lead ON assignments (lead_institution_id);

CREATE TABLE assignment_supporters (
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (assignment_id, institution_id)
);
CREATE INDEX assignment_supporters_institution ON assignment_supporters (institution_id);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    assignment_id INTEGER REFERENCES assignments (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    owner_institution_id INTEGER REFERENCES institutions (id) ON DELETE SET NULL,
    deadline TEXT NOT NULL DEFAULT '',
    budget REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (
        status = 'planned' OR
        status = 'in_progress' OR
        status = 'done' OR
        status = 'cancelled'
    ),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activities_plan ON activities (plan_id);
CREATE INDEX activities_assignment ON activities (assignment_id);
CREATE INDEX activities_owner ON activities (owner_institution_id);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    assignment_id INTEGER REFERENCES assignments (id) ON DELETE SET NULL,
    definition TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL NOT NULL DEFAULT 0,
    target REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX indicators_plan ON indicators (plan_id);
CREATE INDEX indicators_assignment ON indicators (assignment_id);

CREATE TABLE indicator_values (
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (indicator_id, ordinal)
);

CREATE TABLE progress_updates (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (
        status = 'not_started' OR
        status = 'in_progress' OR
        status = 'partially_implemented' OR
        status = 'implemented' OR
        status = 'later' OR
        status = 'not_applicable'
    ),
    date TEXT NOT NULL DEFAULT '',
    author_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    review TEXT NOT NULL CHECK (review = 'submitted' OR review = 'accepted' OR review = 'returned'),
    review_comment TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX progress_updates_recommendation ON progress_updates (recommendation_id, id);
CREATE INDEX progress_updates_institution ON progress_updates (institution_id);
CREATE INDEX progress_updates_author ON progress_updates (author_user_id);

CREATE TABLE progress_narratives (
    progress_update_id INTEGER NOT NULL REFERENCES progress_updates (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (progress_update_id, ordinal)
);

CREATE TABLE evidence_files (
    progress_update_id INTEGER NOT NULL REFERENCES progress_updates (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (progress_update_id, ordinal)
);

-- Users are disabled, never deleted, so the log keeps naming who acted.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id, id);
CREATE INDEX audit_events_user ON audit_events (user_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

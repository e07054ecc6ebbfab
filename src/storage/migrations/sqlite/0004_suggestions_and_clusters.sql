-- Suggestions a person rejected: re-classifying never suggests them again.
CREATE TABLE rejected_suggestions (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, kind, value)
) WITHOUT ROWID;

-- A cluster a person edited (merged, split, moved into or out of) is pinned: re-clustering keeps it as it is.
ALTER TABLE clusters ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;

-- The closest recommendations of earlier reviews of the same state, found by clustering.
CREATE TABLE predecessor_links (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    predecessor_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (recommendation_id, predecessor_id)
) WITHOUT ROWID;

-- The search index's change log: one row per recommendation whose searchable content changed, with the
-- number of its latest change. Every process's index catches up by reading the rows past the number it
-- has applied, so an import run by the CLI reaches a running server's index before its next answer.
-- One row per recommendation (not per write) keeps the log as large as the recommendations at most.
CREATE TABLE search_changes (
    recommendation_id INTEGER PRIMARY KEY,
    change INTEGER NOT NULL
);
CREATE INDEX search_changes_change ON search_changes (change);

CREATE TRIGGER search_recommendations_insert AFTER INSERT ON recommendations
BEGIN
    INSERT INTO search_changes VALUES (NEW.id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_recommendations_update AFTER UPDATE ON recommendations
BEGIN
    INSERT INTO search_changes VALUES (NEW.id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_recommendations_delete AFTER DELETE ON recommendations
BEGIN
    INSERT INTO search_changes VALUES (OLD.id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_texts_insert AFTER INSERT ON recommendation_texts
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_texts_update AFTER UPDATE ON recommendation_texts
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_texts_delete AFTER DELETE ON recommendation_texts
BEGIN
    INSERT INTO search_changes VALUES (OLD.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_text_states_insert AFTER INSERT ON recommendation_text_states
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_text_states_update AFTER UPDATE ON recommendation_text_states
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_text_states_delete AFTER DELETE ON recommendation_text_states
BEGIN
    INSERT INTO search_changes VALUES (OLD.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_translations_insert AFTER INSERT ON translations
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_translations_update AFTER UPDATE ON translations
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_translations_delete AFTER DELETE ON translations
BEGIN
    INSERT INTO search_changes VALUES (OLD.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_labels_insert AFTER INSERT ON labels
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_labels_update AFTER UPDATE ON labels
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_labels_delete AFTER DELETE ON labels
BEGIN
    INSERT INTO search_changes VALUES (OLD.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

-- A review's state, mechanism or cycle is a facet of each of its recommendations.
CREATE TRIGGER search_reviews_update AFTER UPDATE ON reviews
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations WHERE review_id = NEW.id
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

-- Assignments name institutions for one recommendation or for every recommendation of a cluster.
CREATE TRIGGER search_assignments_insert AFTER INSERT ON assignments
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations
    WHERE id = NEW.recommendation_id
       OR id IN (SELECT id FROM recommendations WHERE cluster_id = NEW.cluster_id)
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_assignments_update AFTER UPDATE ON assignments
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations
    WHERE id = NEW.recommendation_id OR id = OLD.recommendation_id
       OR id IN (SELECT id FROM recommendations WHERE cluster_id = NEW.cluster_id)
       OR id IN (SELECT id FROM recommendations WHERE cluster_id = OLD.cluster_id)
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_assignments_delete AFTER DELETE ON assignments
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations
    WHERE id = OLD.recommendation_id
       OR id IN (SELECT id FROM recommendations WHERE cluster_id = OLD.cluster_id)
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_supporters_insert AFTER INSERT ON assignment_supporters
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations
    WHERE id = (SELECT recommendation_id FROM assignments WHERE id = NEW.assignment_id)
       OR id IN (SELECT id FROM recommendations
                 WHERE cluster_id = (SELECT cluster_id FROM assignments WHERE id = NEW.assignment_id))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_supporters_delete AFTER DELETE ON assignment_supporters
BEGIN
    INSERT INTO search_changes
    SELECT id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes) FROM recommendations
    WHERE id = (SELECT recommendation_id FROM assignments WHERE id = OLD.assignment_id)
       OR id IN (SELECT id FROM recommendations
                 WHERE cluster_id = (SELECT cluster_id FROM assignments WHERE id = OLD.assignment_id))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

-- An institution's code is the value its facet shows.
CREATE TRIGGER search_institutions_update AFTER UPDATE OF code ON institutions
BEGIN
    INSERT INTO search_changes
    SELECT r.id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes)
    FROM assignments a JOIN recommendations r ON r.id = a.recommendation_id OR r.cluster_id = a.cluster_id
    WHERE a.lead_institution_id = NEW.id OR
          a.id IN (SELECT assignment_id FROM assignment_supporters WHERE institution_id = NEW.id)
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_progress_insert AFTER INSERT ON progress_updates
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_progress_update AFTER UPDATE ON progress_updates
BEGIN
    INSERT INTO search_changes VALUES (NEW.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

CREATE TRIGGER search_progress_delete AFTER DELETE ON progress_updates
BEGIN
    INSERT INTO search_changes VALUES (OLD.recommendation_id, (SELECT coalesce(max(change), 0) + 1 FROM search_changes))
    ON CONFLICT (recommendation_id) DO UPDATE SET change = excluded.change;
END;

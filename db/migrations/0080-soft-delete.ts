// Migration 80: removal you can take back (issue 6 §1).
// - A removed event keeps its row with deleted_at set (cases got the column in
//   migration 60), so the Trash can list it and Undo can restore it; every
//   read of a case's events skips it. Two partial indexes serve a case's live
//   events in date order and the Trash (removed rows, few).
// - The history gains the action 'restore'. SQLite cannot change a CHECK in
//   place, so the log is copied whole, every entry with its id, and its
//   append-only triggers are put back (dropping a table fires no trigger).
export const sql = /* sql */ `
ALTER TABLE case_events ADD COLUMN deleted_at TEXT;
DROP INDEX case_events_case;
CREATE INDEX case_events_case ON case_events(case_id, date) WHERE deleted_at IS NULL;
CREATE INDEX case_events_removed ON case_events(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE audit_log_v80 (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'remove', 'restore')),
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  parent_type TEXT,
  parent_id TEXT,
  before TEXT,
  after TEXT,
  CHECK ((parent_type IS NULL) = (parent_id IS NULL))
) STRICT;

INSERT INTO audit_log_v80 (id, at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after)
SELECT id, at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after FROM audit_log;

DROP TABLE audit_log;
ALTER TABLE audit_log_v80 RENAME TO audit_log;
CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id, id);
CREATE INDEX audit_log_parent ON audit_log(parent_type, parent_id, id) WHERE parent_id IS NOT NULL;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;
`;

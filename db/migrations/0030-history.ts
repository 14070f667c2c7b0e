// Migration 30: one history for every kind of record (issue 6, "One write
// path"). The audit log was tied to cases (case_id); it now names the record
// changed (subject_type, subject_id), the record whose history also shows the
// change (parent_type, parent_id: the case of an event or of an agreed
// period), and the device it was made on. Every existing entry is kept with
// its id, so the order of the history does not change; entries written
// before this version have an empty device (not recorded then).
//
// Events gain a version, stamped by the write path like a case's.
//
// The log is append-only: triggers refuse UPDATE and DELETE, so the app
// itself can never rewrite it (a determined person with SQL access can drop
// a trigger; the reliability issue checks the log's integrity on open).
export const sql = /* sql */ `
CREATE TABLE audit_log_v30 (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'remove')),
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  parent_type TEXT,
  parent_id TEXT,
  before TEXT,
  after TEXT,
  CHECK ((parent_type IS NULL) = (parent_id IS NULL))
) STRICT;

INSERT INTO audit_log_v30 (id, at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after)
SELECT id, at, actor, '', action, entity, entity_id,
       CASE WHEN case_id IS NOT NULL AND NOT (entity = 'case' AND entity_id = case_id) THEN 'case' END,
       CASE WHEN case_id IS NOT NULL AND NOT (entity = 'case' AND entity_id = case_id) THEN case_id END,
       before, after
  FROM audit_log;

DROP TABLE audit_log;
ALTER TABLE audit_log_v30 RENAME TO audit_log;
CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id, id);
CREATE INDEX audit_log_parent ON audit_log(parent_type, parent_id, id) WHERE parent_id IS NOT NULL;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;

ALTER TABLE case_events ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
`;

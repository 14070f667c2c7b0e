// Migration 90: what the cases list still lacked at 1,000,000 cases (issue 6 §2).
// - The default-sort index carries the columns the Party filter tests
//   (complainant, respondent, and the id its third parties are found by), so a
//   Party filter walks cases_list_updated_at in order and reads a case row only
//   for a case that matches. seq is named after updated_at because an index
//   orders by its columns first and only then by the rowid: without it the
//   extra columns would break the (updated_at, seq) order the list reads by.
// - The full-text index holds live cases only: a removed case leaves it and a
//   restored one comes back. Counting the matches of a search (capped, by
//   db/list/counts.ts) then needs no subtraction of removed cases, which read
//   every match. A case removed before this version leaves the index here.
//   (Rebuilding cases_fts from its content would put removed cases back: after
//   any 'rebuild', delete them again as this migration does.)
const FTS_COLUMNS = 'reference, title, summary, measure, sector, submitter';
const values = (row: 'new' | 'old') => FTS_COLUMNS.split(', ').map((column) => `${row}.${column}`).join(', ');

export const sql = /* sql */ `
DROP INDEX cases_list_updated_at;
CREATE INDEX cases_list_updated_at ON cases(updated_at, seq, complainant, respondent, id) WHERE deleted_at IS NULL;

DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_delete;
DROP TRIGGER cases_fts_update;
INSERT INTO cases_fts(cases_fts, rowid, ${FTS_COLUMNS})
  SELECT 'delete', seq, ${FTS_COLUMNS} FROM cases WHERE deleted_at IS NOT NULL;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO cases_fts(rowid, ${FTS_COLUMNS}) VALUES (new.seq, ${values('new')});
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.seq, ${values('old')});
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF ${FTS_COLUMNS} ON cases
  WHEN old.deleted_at IS NULL AND new.deleted_at IS NULL BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.seq, ${values('old')});
  INSERT INTO cases_fts(rowid, ${FTS_COLUMNS}) VALUES (new.seq, ${values('new')});
END;
CREATE TRIGGER cases_fts_remove AFTER UPDATE OF deleted_at ON cases
  WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.seq, ${values('old')});
END;
CREATE TRIGGER cases_fts_restore AFTER UPDATE OF deleted_at ON cases
  WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
  INSERT INTO cases_fts(rowid, ${FTS_COLUMNS}) VALUES (new.seq, ${values('new')});
END;
`;

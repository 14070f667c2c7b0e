// Migration 20: treaty procedure v2 (issue 5). Additive only: existing rows
// keep their values, and db/procedure/sync.ts recomputes every case's stage and
// limits on the next open because the rules changed.
//
// - case_events.scheduled: a step planned for a date ahead meets no limit
//   until it is confirmed as held.
// - cases.submitter: who filed an environment submission (Art. 17.7 / 18.8).
//   Such a case has no complaining Party; cases.complainant, NOT NULL since
//   migration 10 and not alterable in place, holds '' for it and the data
//   layer answers null.
// - cases.reconvene_grounds: the grounds of a request to reconvene the panel
//   (Art. 20.16.3 / 21.16.3), which set its period (90 or 120 days).
// - case_claims: the provisions claimed and the panel's finding on each; the
//   remedy rules (Art. 20.16 / 20.17 / 21.16) follow from them.
// - case_limit_agreements: "such other period as the disputing Parties agree"
//   for the rules whose article allows it (limits.agree).
// - The text search of cases.list also reads the submitter ("PRETOMA"): the
//   full-text index is rebuilt with that column, from the cases table.
// - The stored procedure fingerprint is dropped, so every case's stage and
//   limits are recomputed on this open whatever the fingerprint would say
//   (db/procedure/sync.ts): the engine now reads the new columns too.
export const sql = /* sql */ `
DELETE FROM meta WHERE key = 'procedure_fingerprint';

ALTER TABLE case_events ADD COLUMN scheduled INTEGER NOT NULL DEFAULT 0 CHECK (scheduled IN (0, 1));

ALTER TABLE cases ADD COLUMN submitter TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN reconvene_grounds TEXT;

CREATE TABLE case_claims (
  case_id TEXT NOT NULL REFERENCES cases(id),
  position INTEGER NOT NULL,
  provision TEXT NOT NULL,
  finding TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_limit_agreements (
  case_id TEXT NOT NULL REFERENCES cases(id),
  rule TEXT NOT NULL,
  -- Exactly one of date and days: the agreed date, or the agreed number of
  -- days instead of the treaty's (counted like the rule's own period).
  date TEXT,
  days INTEGER CHECK (days IS NULL OR days BETWEEN 0 AND 3650),
  note TEXT NOT NULL,
  -- The event the agreed period runs from: a new request starts a new period.
  from_event_id TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (case_id, rule),
  CHECK ((date IS NULL) <> (days IS NULL))
) STRICT, WITHOUT ROWID;

DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_delete;
DROP TRIGGER cases_fts_update;
DROP TABLE cases_fts;
CREATE VIRTUAL TABLE cases_fts USING fts5(
  reference, title, summary, measure, sector, submitter,
  content = 'cases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts(rowid, reference, title, summary, measure, sector, submitter)
  VALUES (new.seq, new.reference, new.title, new.summary, new.measure, new.sector, new.submitter);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, title, summary, measure, sector, submitter)
  VALUES ('delete', old.seq, old.reference, old.title, old.summary, old.measure, old.sector, old.submitter);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, title, summary, measure, sector, submitter ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, title, summary, measure, sector, submitter)
  VALUES ('delete', old.seq, old.reference, old.title, old.summary, old.measure, old.sector, old.submitter);
  INSERT INTO cases_fts(rowid, reference, title, summary, measure, sector, submitter)
  VALUES (new.seq, new.reference, new.title, new.summary, new.measure, new.sector, new.submitter);
END;
`;

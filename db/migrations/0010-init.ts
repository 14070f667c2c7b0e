// Migration 10: the first schema. Frozen once released: change the schema with
// a new numbered file (0020-…), never by editing this one.
//
// Migrations are TypeScript modules exporting their SQL, not .sql files, so the
// same import works under electron-vite (bundled main process), vitest and
// tsx without a loader or a copy step for assets.
//
// Every table is STRICT. Enumerated values (kind, status, stage…) are checked
// by the API schemas rather than CHECK constraints, because SQLite cannot alter
// a CHECK constraint without rebuilding the table and the lists may grow.
export const sql = /* sql */ `
-- Reference tables, rewritten from shared/reference on every open (db/reference.ts).
CREATE TABLE agreements (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  reference_prefix TEXT NOT NULL UNIQUE,
  short_name_en TEXT NOT NULL,
  short_name_es TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  signed_on TEXT NOT NULL,
  chapter_administration TEXT NOT NULL,
  chapter_dispute_settlement TEXT NOT NULL,
  chapter_labor TEXT NOT NULL,
  chapter_environment TEXT NOT NULL
) STRICT;

CREATE TABLE parties (
  agreement_id TEXT NOT NULL REFERENCES agreements(id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  entry_into_force TEXT,
  note_en TEXT,
  note_es TEXT,
  PRIMARY KEY (agreement_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE bodies (
  agreement_id TEXT NOT NULL REFERENCES agreements(id),
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  article TEXT,
  verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
  note_en TEXT,
  note_es TEXT,
  PRIMARY KEY (agreement_id, id)
) STRICT, WITHOUT ROWID;

-- The procedure stages in treaty order (shared/domain/stages.ts); cases.stage_order
-- copies the position so the table sorts and groups stages in procedure order.
CREATE TABLE stages (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- seq is an explicit INTEGER PRIMARY KEY because the full-text index refers to
-- rows by rowid, and VACUUM may renumber an implicit rowid. The API uses id.
CREATE TABLE cases (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  reference TEXT NOT NULL UNIQUE,
  agreement TEXT NOT NULL REFERENCES agreements(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  complainant TEXT NOT NULL,
  respondent TEXT NOT NULL,
  measure TEXT NOT NULL,
  sector TEXT NOT NULL,
  nte_category TEXT,
  perishable INTEGER NOT NULL CHECK (perishable IN (0, 1)),
  status TEXT NOT NULL,
  lead_officer TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  -- Derived from the events by shared/procedure, stored for sorting and filtering.
  stage TEXT NOT NULL,
  stage_order INTEGER NOT NULL,
  next_limit_date TEXT,
  next_limit_rule TEXT,
  -- 1 for the cases demo.load inserted from the sample casebook.
  sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE case_third_parties (
  case_id TEXT NOT NULL REFERENCES cases(id),
  position INTEGER NOT NULL,
  party TEXT NOT NULL,
  PRIMARY KEY (case_id, position),
  UNIQUE (case_id, party)
) STRICT, WITHOUT ROWID;
-- The party filter of cases.list: "USA is complainant, respondent or third party".
CREATE INDEX case_third_parties_party ON case_third_parties(party, case_id);

CREATE TABLE case_hs_codes (
  case_id TEXT NOT NULL REFERENCES cases(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
) STRICT, WITHOUT ROWID;

-- Per (agreement, year of opening) sequence of case references, e.g. CAFTA-DR-2026-001.
CREATE TABLE case_reference_counters (
  agreement TEXT NOT NULL REFERENCES agreements(id),
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (agreement, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_case ON case_events(case_id, date);

-- The time limits shared/procedure computed for each case, kept so the cases
-- table and deadlines.upcoming can query them; recomputed whenever a case or
-- its events change. detail holds the whole TimeLimit as JSON.
CREATE TABLE case_limits (
  case_id TEXT NOT NULL REFERENCES cases(id),
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  resolution TEXT NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_limits_pending ON case_limits(date) WHERE resolution = 'pending';

-- Append-only. No foreign keys: the record of a change must outlive anything.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'remove')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  case_id TEXT,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_log_case ON audit_log(case_id, id);

-- User settings (userName, locale) as JSON values.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Internal bookkeeping, e.g. the fingerprint of the procedure rules that
-- computed case_limits (db/procedure/sync.ts).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Text search of cases.list over reference, title, summary, measure and sector.
-- remove_diacritics so "peru" finds "Perú"; prefix indexes for search-as-you-type.
CREATE VIRTUAL TABLE cases_fts USING fts5(
  reference, title, summary, measure, sector,
  content = 'cases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts(rowid, reference, title, summary, measure, sector)
  VALUES (new.seq, new.reference, new.title, new.summary, new.measure, new.sector);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, title, summary, measure, sector)
  VALUES ('delete', old.seq, old.reference, old.title, old.summary, old.measure, old.sector);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, title, summary, measure, sector ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, title, summary, measure, sector)
  VALUES ('delete', old.seq, old.reference, old.title, old.summary, old.measure, old.sector);
  INSERT INTO cases_fts(rowid, reference, title, summary, measure, sector)
  VALUES (new.seq, new.reference, new.title, new.summary, new.measure, new.sector);
END;

-- One index per sort column of cases.list (db/cases/list.ts). Ties are
-- broken by seq, which every index carries implicitly, so a page never needs a
-- sort step. Text columns a person types sort without regard to ASCII case.
CREATE INDEX cases_agreement ON cases(agreement);
CREATE INDEX cases_kind ON cases(kind);
CREATE INDEX cases_title ON cases(title COLLATE NOCASE);
CREATE INDEX cases_complainant ON cases(complainant);
CREATE INDEX cases_respondent ON cases(respondent);
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_stage_order ON cases(stage_order);
CREATE INDEX cases_lead_officer ON cases(lead_officer COLLATE NOCASE);
CREATE INDEX cases_opened_on ON cases(opened_on);
CREATE INDEX cases_updated_at ON cases(updated_at);
CREATE INDEX cases_next_limit_date ON cases(next_limit_date);

-- The agreement is the table's main scope (filter and group): the same sorts
-- within one agreement.
CREATE INDEX cases_agreement_reference ON cases(agreement, reference);
CREATE INDEX cases_agreement_kind ON cases(agreement, kind);
CREATE INDEX cases_agreement_title ON cases(agreement, title COLLATE NOCASE);
CREATE INDEX cases_agreement_complainant ON cases(agreement, complainant);
CREATE INDEX cases_agreement_respondent ON cases(agreement, respondent);
CREATE INDEX cases_agreement_status ON cases(agreement, status);
CREATE INDEX cases_agreement_stage_order ON cases(agreement, stage_order);
CREATE INDEX cases_agreement_lead_officer ON cases(agreement, lead_officer COLLATE NOCASE);
CREATE INDEX cases_agreement_opened_on ON cases(agreement, opened_on);
CREATE INDEX cases_agreement_updated_at ON cases(agreement, updated_at);
CREATE INDEX cases_agreement_next_limit_date ON cases(agreement, next_limit_date);

-- Stage filter and group with the default sort (most recently updated first).
CREATE INDEX cases_stage_order_updated_at ON cases(stage_order, updated_at);
`;

// Migration 110: meetings of the Free Trade Commissions and their bodies
// (issue 8 §1) — who attended, the agenda with its minutes, the decisions
// adopted and the action items that follow them.
// - Every table is STRICT and every record has version, updated_at and
//   deleted_at: each change goes through db/changes.ts like a case's, and a
//   removal is taken back by restore. Children of a removed meeting keep
//   their own deleted_at: they come back with it as they were.
// - A meeting names its body by (agreement, body) from the reference tables
//   (bodies are upserted, never deleted: db/reference.ts).
// - meeting_case_events remembers which commission_convened event of a case
//   a meeting of the Commission recorded, so the event is entered once and
//   kept in step with the meeting (db/meetings/convened.ts).
// - Closed vocabularies (status) are checked by the API schemas, as in
//   migration 10; numbers and flags by CHECK.
export const sql = /* sql */ `
CREATE TABLE meetings (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  agreement TEXT NOT NULL REFERENCES agreements(id),
  body TEXT NOT NULL,
  number INTEGER CHECK (number IS NULL OR number >= 1),
  starts_on TEXT NOT NULL,
  ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
  place TEXT NOT NULL,
  virtual INTEGER NOT NULL CHECK (virtual IN (0, 1)),
  status TEXT NOT NULL,
  chair TEXT,
  public_session INTEGER NOT NULL CHECK (public_session IN (0, 1)),
  sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  deleted_at TEXT,
  FOREIGN KEY (agreement, body) REFERENCES bodies(agreement_id, id)
) STRICT;
-- The meetings list (db/meetings/list.ts): by date, within an agreement, a body or a status.
CREATE INDEX meetings_list_starts_on ON meetings(starts_on, seq) WHERE deleted_at IS NULL;
CREATE INDEX meetings_list_agreement ON meetings(agreement, starts_on, seq) WHERE deleted_at IS NULL;
CREATE INDEX meetings_list_body ON meetings(body, starts_on, seq) WHERE deleted_at IS NULL;
CREATE INDEX meetings_list_status ON meetings(status, starts_on, seq) WHERE deleted_at IS NULL;
CREATE INDEX meetings_removed ON meetings(deleted_at) WHERE deleted_at IS NOT NULL;

-- A delegation is a Party, or else an organization (an observer): exactly one.
CREATE TABLE meeting_attendees (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  party TEXT,
  organization TEXT NOT NULL,
  title TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  deleted_at TEXT,
  CHECK ((party IS NULL) <> (organization = ''))
) STRICT;
CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id, position) WHERE deleted_at IS NULL;

-- position orders a meeting's live items; agendaItems.move renumbers them.
CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  minutes TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  deleted_at TEXT
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position) WHERE deleted_at IS NULL;
CREATE INDEX agenda_items_case ON agenda_items(case_id) WHERE case_id IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  number TEXT,
  text TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  deleted_at TEXT
) STRICT;
CREATE INDEX decisions_meeting ON decisions(meeting_id, adopted_on) WHERE deleted_at IS NULL;

CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  what TEXT NOT NULL,
  owner_name TEXT NOT NULL,
  owner_party TEXT,
  owner_organization TEXT NOT NULL,
  due_on TEXT,
  status TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  deleted_at TEXT,
  CHECK (owner_party IS NULL OR owner_organization = '')
) STRICT;
-- actionItems.list and the dashboard: open items by due date; a meeting's or a case's items.
CREATE INDEX action_items_status_due ON action_items(status, due_on) WHERE deleted_at IS NULL;
CREATE INDEX action_items_meeting ON action_items(meeting_id) WHERE deleted_at IS NULL;
CREATE INDEX action_items_case ON action_items(case_id) WHERE case_id IS NOT NULL AND deleted_at IS NULL;

-- The commission_convened event a meeting recorded on a case on its agenda (issue 8 §1).
CREATE TABLE meeting_case_events (
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  event_id TEXT NOT NULL UNIQUE REFERENCES case_events(id),
  PRIMARY KEY (meeting_id, case_id)
) STRICT, WITHOUT ROWID;
`;

// Migration 60: the cases list on the list engine (issue 6 §1 "One list
// engine", §2 "Fast at 100,000 cases").
// - cases.deleted_at: set when a case is removed (soft delete, to come); every
//   list query carries "deleted_at IS NULL" and every list index is partial on
//   it, so removed cases cost nothing to skip.
// - title_key, lead_officer_key: free text folded for sorting (accents and
//   case: "Álvaro Núñez" before "Zoe Adams"). Generated columns, so every
//   write path keeps them right and the indexes hold them; the folding is
//   built-in SQL (below), frozen here with the schema.
// - The list indexes: one per sort, the same within an agreement (the table's
//   main scope), each coded column alone (a sort by label reads one code at a
//   time, by seq: db/list/segments.ts), and the default sort within each
//   coded filter.
// - case_list_counts: live cases per combination of agreement, kind, status
//   and stage, once overall (party '*') and once per Party involved, kept by
//   triggers, so totals and group counts do not grow with the table.
/** [index name, columns]: db/cases/list.plan.test.ts asserts which statement uses which. */
const LIST_INDEXES: readonly (readonly [string, string])[] = [
  ['reference', 'reference'],
  ['title', 'title_key'],
  ['lead_officer', 'lead_officer_key'],
  ['opened_on', 'opened_on'],
  ['updated_at', 'updated_at'],
  ['next_limit_date', 'next_limit_date'],
  ['agreement', 'agreement'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['stage', 'stage'],
  ['complainant', 'complainant'],
  ['respondent', 'respondent'],
  ['agreement_reference', 'agreement, reference'],
  ['agreement_title', 'agreement, title_key'],
  ['agreement_lead_officer', 'agreement, lead_officer_key'],
  ['agreement_opened_on', 'agreement, opened_on'],
  ['agreement_updated_at', 'agreement, updated_at'],
  ['agreement_next_limit_date', 'agreement, next_limit_date'],
  ['agreement_kind', 'agreement, kind'],
  ['agreement_status', 'agreement, status'],
  ['agreement_stage', 'agreement, stage'],
  ['agreement_complainant', 'agreement, complainant'],
  ['agreement_respondent', 'agreement, respondent'],
  ['kind_updated_at', 'kind, updated_at'],
  ['status_updated_at', 'status, updated_at'],
  ['stage_updated_at', 'stage, updated_at'],
];

/** The Parties a case involves, and '*' for the case itself, each once. */
function partiesOf(row: 'new' | 'old'): string {
  return `SELECT '*' AS party UNION SELECT ${row}.complainant WHERE ${row}.complainant <> '' UNION SELECT ${row}.respondent
          UNION SELECT party FROM case_third_parties WHERE case_id = ${row}.id`;
}

/**
 * Latin letters Unicode decomposes into an ASCII letter and marks (À–ȳ),
 * by the letter they fold to. Frozen with this migration: a later change of
 * the folding is a new migration.
 */
const FOLDED: Readonly<Record<string, string>> = {
  a: 'ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧ',
  c: 'ÇçĆćĈĉĊċČč',
  d: 'Ďď',
  e: 'ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩ',
  g: 'ĜĝĞğĠġĢģǦǧǴǵ',
  h: 'ĤĥȞȟ',
  i: 'ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋ',
  j: 'Ĵĵǰ',
  k: 'ĶķǨǩ',
  l: 'ĹĺĻļĽľ',
  n: 'ÑñŃńŅņŇňǸǹ',
  o: 'ÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱ',
  r: 'ŔŕŖŗŘřȐȑȒȓ',
  s: 'ŚśŜŝŞşŠšȘș',
  t: 'ŢţŤťȚț',
  u: 'ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗ',
  w: 'Ŵŵ',
  y: 'ÝýÿŶŷŸȲȳ',
  z: 'ŹźŻżŽž',
};

/**
 * `column` lower-cased (ASCII, as SQLite's lower() does) with the letters
 * above replaced by theirs: built-in, deterministic SQL, as a generated column
 * and its index require (no application function, so any SQLite can read and
 * write the file). Text with no character outside ASCII skips the replaces.
 */
export function foldSql(column: string): string {
  let folded = column;
  for (const [letter, accented] of Object.entries(FOLDED)) {
    for (const character of accented) folded = `replace(${folded}, '${character}', '${letter}')`;
  }
  return `CASE WHEN ${column} GLOB '*[^ -~]*' THEN lower(${folded}) ELSE lower(${column}) END`;
}

export const sql = /* sql */ `
ALTER TABLE cases ADD COLUMN deleted_at TEXT;
ALTER TABLE cases ADD COLUMN title_key TEXT GENERATED ALWAYS AS (${foldSql('title')}) VIRTUAL;
ALTER TABLE cases ADD COLUMN lead_officer_key TEXT GENERATED ALWAYS AS (${foldSql('lead_officer')}) VIRTUAL;

DROP INDEX cases_agreement;
DROP INDEX cases_kind;
DROP INDEX cases_title;
DROP INDEX cases_complainant;
DROP INDEX cases_respondent;
DROP INDEX cases_status;
DROP INDEX cases_stage_order;
DROP INDEX cases_lead_officer;
DROP INDEX cases_opened_on;
DROP INDEX cases_updated_at;
DROP INDEX cases_next_limit_date;
DROP INDEX cases_agreement_reference;
DROP INDEX cases_agreement_kind;
DROP INDEX cases_agreement_title;
DROP INDEX cases_agreement_complainant;
DROP INDEX cases_agreement_respondent;
DROP INDEX cases_agreement_status;
DROP INDEX cases_agreement_stage_order;
DROP INDEX cases_agreement_lead_officer;
DROP INDEX cases_agreement_opened_on;
DROP INDEX cases_agreement_updated_at;
DROP INDEX cases_agreement_next_limit_date;
DROP INDEX cases_stage_order_updated_at;

-- The removed cases, newest first (the Trash, to come); the list engine
-- subtracts those a full-text count finds.
CREATE INDEX cases_removed ON cases(deleted_at) WHERE deleted_at IS NOT NULL;

${LIST_INDEXES.map(([name, columns]) => `CREATE INDEX cases_list_${name} ON cases(${columns}) WHERE deleted_at IS NULL;`).join('\n')}

CREATE TABLE case_list_counts (
  -- '*': each case once; otherwise a Party the case involves (complainant, respondent or third party).
  party TEXT NOT NULL,
  agreement TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  stage TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (party, agreement, kind, status, stage)
) STRICT, WITHOUT ROWID;

INSERT INTO case_list_counts (party, agreement, kind, status, stage, n)
SELECT p.party, c.agreement, c.kind, c.status, c.stage, count(*)
  FROM (SELECT seq, '*' AS party FROM cases
        UNION SELECT seq, complainant FROM cases WHERE complainant <> ''
        UNION SELECT seq, respondent FROM cases
        UNION SELECT c.seq, t.party FROM case_third_parties AS t JOIN cases AS c ON c.id = t.case_id) AS p
  JOIN cases AS c ON c.seq = p.seq
 WHERE c.deleted_at IS NULL
 GROUP BY p.party, c.agreement, c.kind, c.status, c.stage;

CREATE TRIGGER case_list_counts_insert AFTER INSERT ON cases WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO case_list_counts (party, agreement, kind, status, stage, n)
  SELECT party, new.agreement, new.kind, new.status, new.stage, 1 FROM (${partiesOf('new')}) WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_list_counts_delete AFTER DELETE ON cases WHEN old.deleted_at IS NULL BEGIN
  UPDATE case_list_counts SET n = n - 1
   WHERE agreement = old.agreement AND kind = old.kind AND status = old.status AND stage = old.stage
     AND party IN (${partiesOf('old')});
END;
CREATE TRIGGER case_list_counts_update AFTER UPDATE OF agreement, kind, status, stage, complainant, respondent, deleted_at ON cases BEGIN
  UPDATE case_list_counts SET n = n - 1
   WHERE old.deleted_at IS NULL AND agreement = old.agreement AND kind = old.kind AND status = old.status AND stage = old.stage
     AND party IN (${partiesOf('old')});
  INSERT INTO case_list_counts (party, agreement, kind, status, stage, n)
  SELECT party, new.agreement, new.kind, new.status, new.stage, 1 FROM (${partiesOf('new')}) WHERE new.deleted_at IS NULL
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
-- A third party equal to a side is not counted twice (the API refuses one).
CREATE TRIGGER case_list_counts_party_insert AFTER INSERT ON case_third_parties BEGIN
  INSERT INTO case_list_counts (party, agreement, kind, status, stage, n)
  SELECT new.party, c.agreement, c.kind, c.status, c.stage, 1 FROM cases AS c
   WHERE c.id = new.case_id AND c.deleted_at IS NULL AND new.party NOT IN (c.complainant, c.respondent)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_list_counts_party_delete AFTER DELETE ON case_third_parties BEGIN
  UPDATE case_list_counts SET n = n - 1
   WHERE party = old.party
     AND (agreement, kind, status, stage) = (SELECT c.agreement, c.kind, c.status, c.stage FROM cases AS c
                                              WHERE c.id = old.case_id AND c.deleted_at IS NULL AND old.party NOT IN (c.complainant, c.respondent));
END;
CREATE TRIGGER case_list_counts_party_update AFTER UPDATE OF case_id, party ON case_third_parties BEGIN
  SELECT RAISE(ABORT, 'case_third_parties rows are replaced, not updated');
END;
`;


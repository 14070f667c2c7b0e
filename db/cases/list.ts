// cases.list on the list engine (db/list/): the cases spec
// (shared/cases/schemas.ts CASES_LIST) bound to the cases table. The engine
// builds every statement from these strings; EXPLAIN QUERY PLAN assertions in
// list.plan.test.ts hold each filter and sort to an index.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { CasesListResult } from '../../shared/cases/api';
import type { CaseRow } from '../../shared/cases/domain';
import { CASES_LIST, type CaseSortColumn } from '../../shared/cases/schemas';
import { readList } from '../list/engine';
import { fullTextConditions, prefixPhrase, typedWords, type FullTextIndex } from '../list/fullText';
import type { ListTable, TextConditions } from '../list/table';
import { readSettings } from '../settings/queries';

type ListInput = ParsedInput<'cases.list'>;
type Filter = keyof typeof CASES_LIST.filters;
type Group = keyof typeof CASES_LIST.groups;

const ROW_COLUMNS = `id, reference, agreement, kind, title, complainant, respondent, submitter, perishable, sample, status, stage,
  lead_officer AS leadOfficer, opened_on AS openedOn, updated_at AS updatedAt,
  next_limit_date AS nextLimitDate, next_limit_rule AS nextLimitRule`;

/**
 * One value, as equality; "+" keeps the planner off the column's index
 * (db/list/table.ts `walk`) unless an index on (column, sort) reads in order.
 */
const equal = (column: string, inOrderFor: readonly CaseSortColumn[]) => ({ seek: `${column} = ?`, walk: `+${column} = ?`, inOrderFor });
/** The agreement is the table's main scope: every sort has its index within it (migration 60). */
const EVERY_SORT = Object.keys(CASES_LIST.columns) as CaseSortColumn[];

export const CASES_TABLE: ListTable<CaseSortColumn, Filter, Group> = {
  spec: CASES_LIST,
  table: 'cases',
  key: 'seq',
  live: 'deleted_at IS NULL',
  select: ROW_COLUMNS,
  columns: {
    reference: { sql: 'reference' },
    agreement: { sql: 'agreement' },
    kind: { sql: 'kind' },
    // Folded copies (migration 60): accents and case do not change the order.
    title: { sql: 'title_key' },
    // '' is how an environment submission stores "no complaining Party" (migration 20).
    complainant: { sql: 'complainant', none: { is: "complainant = ''", isNot: "complainant <> ''" } },
    respondent: { sql: 'respondent' },
    status: { sql: 'status' },
    stage: { sql: 'stage' },
    leadOfficer: { sql: 'lead_officer_key' },
    openedOn: { sql: 'opened_on' },
    updatedAt: { sql: 'updated_at' },
    // Cases without a pending limit come last either way.
    nextLimitDate: { sql: 'next_limit_date', none: { is: 'next_limit_date IS NULL', isNot: 'next_limit_date IS NOT NULL' } },
  },
  filters: {
    agreement: equal('agreement', EVERY_SORT),
    kind: equal('kind', ['updatedAt']),
    status: equal('status', ['updatedAt']),
    stage: equal('stage', ['updatedAt']),
    party: {
      // Rows by key from three index searches: an OR across columns would
      // leave the planner free to scan the whole sort index for a rare Party.
      seek: `seq IN (SELECT seq FROM cases WHERE deleted_at IS NULL AND complainant = ?
                     UNION ALL SELECT seq FROM cases WHERE deleted_at IS NULL AND respondent = ?
                     UNION ALL SELECT c.seq FROM case_third_parties AS t JOIN cases AS c ON c.id = t.case_id
                                WHERE c.deleted_at IS NULL AND t.party = ?)`,
      // Each row of the sort index probes its own third parties: the cost of a
      // page stays the same however many cases the Party has in all.
      walk: '(+complainant = ? OR +respondent = ? OR EXISTS (SELECT 1 FROM case_third_parties AS t WHERE t.case_id = cases.id AND t.party = ?))',
      params: (value) => [value, value, value],
    },
  },
  text: caseText,
  counts: {
    table: 'case_list_counts',
    all: "party = '*'",
    columns: { agreement: 'agreement', kind: 'kind', status: 'status', stage: 'stage' },
    filters: {
      agreement: { sql: 'agreement = ?' },
      kind: { sql: 'kind = ?' },
      status: { sql: 'status = ?' },
      stage: { sql: 'stage = ?' },
      party: { sql: 'party = ?', replacesAll: true },
    },
  },
};

/**
 * Where counting a search's matches stops: the table then says "10,000+
 * cases". Counting all of a common word's third of a million matches at
 * 1,000,000 cases took longer than reading its first page (issue 6 §2).
 */
export const COUNT_CAP = 10_000;

type StoredRow = Omit<CaseRow, 'perishable' | 'sample' | 'complainant'> & {
  perishable: 0 | 1;
  sample: 0 | 1;
  complainant: NonNullable<CaseRow['complainant']> | '';
};

export function listCases(db: Database.Database, input: ListInput): CasesListResult {
  return readList(
    db,
    CASES_TABLE,
    {
      filters: { agreement: input.agreement, kind: input.kind, status: input.status, stage: input.stage, party: input.party },
      text: input.text,
      sort: input.sort,
      groupBy: input.groupBy,
      offset: input.offset,
      limit: input.limit,
      after: input.after,
      locale: input.locale ?? readSettings(db).locale ?? 'en',
      countCap: COUNT_CAP,
    },
    (stored) => caseRow(stored as unknown as StoredRow),
  );
}

function caseRow(row: StoredRow): CaseRow {
  return {
    id: row.id,
    reference: row.reference,
    agreement: row.agreement,
    kind: row.kind,
    title: row.title,
    // '' is how an environment submission stores "no complaining Party".
    complainant: row.complainant === '' ? null : row.complainant,
    respondent: row.respondent,
    submitter: row.submitter,
    perishable: row.perishable === 1,
    sample: row.sample === 1,
    status: row.status,
    stage: row.stage,
    leadOfficer: row.leadOfficer,
    openedOn: row.openedOn,
    updatedAt: row.updatedAt,
    nextLimitDate: row.nextLimitDate,
    nextLimitRule: row.nextLimitRule,
  };
}

/** cases_fts (migrations 20 and 90): the cases' own text, live cases only, keyed by seq. */
const CASES_TEXT: FullTextIndex = {
  table: 'cases_fts',
  columns: ['reference', 'title', 'summary', 'measure', 'sector', 'submitter'],
  tokenize: 'unicode61 remove_diacritics 2',
  prefixes: [2, 3],
};

/**
 * The words typed, matched in the full-text index (db/list/fullText.ts);
 * text with no letter or digit ("%", "_", "'", "--"), which the word index
 * drops, is looked for as the characters it is with instr(), which takes no
 * wildcards.
 */
function caseText(typed: string, db: Database.Database): TextConditions | null {
  const words = typedWords(typed);
  if (words.length > 0) return fullTextConditions(db, CASES_TEXT, 'seq', words);
  const literal = typed.replace(/\p{Cc}/gu, ' ').trim();
  if (literal === '') return null;
  const instr = {
    sql: '(instr(reference, ?) > 0 OR instr(title, ?) > 0 OR instr(summary, ?) > 0 OR instr(measure, ?) > 0 OR instr(sector, ?) > 0 OR instr(submitter, ?) > 0)',
    params: Array<string>(6).fill(literal),
  };
  return { seek: instr, walk: instr };
}

/**
 * The text a person typed, as an FTS5 query before any rewriting: each word
 * becomes a quoted phrase (so FTS syntax characters are plain text) matched
 * as a prefix, and all words must match. "CAFTA-DR-2026" is one word and
 * matches the reference tokens in sequence. Null when nothing searchable is
 * left.
 */
export function ftsQuery(text: string): string | null {
  const words = typedWords(text);
  return words.length === 0 ? null : words.map(prefixPhrase).join(' ');
}

// cases.list in SQL: filters, sort, grouping and paging all happen in the
// database, over indexes (see the EXPLAIN QUERY PLAN assertions in
// caseList.plan.test.ts), so the table stays fast with 100,000 cases.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { CasesListResult } from '../../shared/cases/api';
import type { CaseSortColumn } from '../../shared/cases/schemas';
import type { CaseRow } from '../../shared/cases/domain';
import { STAGES } from '../../shared/domain/stages';
import { statement } from '../statements';
import { stageOrder } from './queries';

type ListInput = ParsedInput<'cases.list'>;
type Sort = ListInput['sort'];
type GroupBy = NonNullable<ListInput['groupBy']>;
type SqlValue = string | number;
type Filter = Readonly<{
  where: string;
  params: readonly SqlValue[];
  /** Set when the text search is the only condition: the total then comes from the FTS index alone. */
  textOnly?: string;
}>;

// SECURITY: column names and directions come from these fixed tables, never
// from the caller's text; only values are bound as parameters.
const SORT_EXPRESSION: Readonly<Record<CaseSortColumn, string>> = {
  reference: 'reference',
  agreement: 'agreement',
  kind: 'kind',
  title: 'title COLLATE NOCASE',
  complainant: 'complainant',
  respondent: 'respondent',
  status: 'status',
  // Procedure order, not alphabetical (shared/domain/stages.ts).
  stage: 'stage_order',
  leadOfficer: 'lead_officer COLLATE NOCASE',
  openedOn: 'opened_on',
  updatedAt: 'updated_at',
  nextLimitDate: 'next_limit_date',
};
const DIRECTION = { asc: 'ASC', desc: 'DESC' } as const;
const GROUP_COLUMN: Readonly<Record<GroupBy, string>> = { agreement: 'agreement', stage: 'stage_order' };

const ROW_COLUMNS = `id, reference, agreement, kind, title, complainant, respondent, submitter, perishable, sample, status, stage,
  lead_officer AS leadOfficer, opened_on AS openedOn, updated_at AS updatedAt,
  next_limit_date AS nextLimitDate, next_limit_rule AS nextLimitRule`;

type StoredRow = Omit<CaseRow, 'perishable' | 'sample' | 'complainant'> & {
  perishable: 0 | 1;
  sample: 0 | 1;
  complainant: NonNullable<CaseRow['complainant']> | '';
};

export function listCases(db: Database.Database, input: ListInput): CasesListResult {
  const filter = whereClause(input);
  const order = orderBy(input.sort);
  if (input.groupBy === null) {
    const total = count(db, filter);
    const rows = page(db, filter, order, input.offset, input.limit);
    return { rows, total, groups: null };
  }
  // Grouped: counts per group first, then the page is cut from the groups it
  // spans, each read with the group key as one more equality filter. Each
  // slice then runs on an index in the requested direction, whatever the
  // direction of the sort, and group order stays the key's own order.
  const groups = groupCounts(db, filter, input.groupBy);
  const rows: CaseRow[] = [];
  let start = 0;
  const end = input.offset + input.limit;
  for (const group of groups) {
    const groupEnd = start + group.count;
    if (groupEnd > input.offset && start < end) {
      const from = Math.max(input.offset, start) - start;
      const to = Math.min(end, groupEnd) - start;
      const slice = and(filter, `${GROUP_COLUMN[input.groupBy]} = ?`, group.value);
      rows.push(...page(db, slice, order, from, to - from));
    }
    start = groupEnd;
  }
  return { rows, total: start, groups: groups.map(({ key, count }) => ({ key, count })) };
}

function whereClause(input: ListInput): Filter {
  let filter: Filter = { where: '', params: [] };
  if (input.agreement !== undefined) filter = and(filter, 'agreement = ?', input.agreement);
  if (input.kind !== undefined) filter = and(filter, 'kind = ?', input.kind);
  if (input.status !== undefined) filter = and(filter, 'status = ?', input.status);
  if (input.stage !== undefined) filter = and(filter, 'stage_order = ?', stageOrder(input.stage));
  if (input.party !== undefined) {
    filter = and(
      filter,
      '(complainant = ? OR respondent = ? OR id IN (SELECT case_id FROM case_third_parties WHERE party = ?))',
      input.party,
      input.party,
      input.party,
    );
  }
  const match = input.text === undefined ? null : ftsQuery(input.text);
  const literal = input.text === undefined || match !== null ? '' : input.text.replace(/\p{Cc}/gu, ' ').trim();
  if (literal !== '') {
    // Text with no letter or digit ("%", "_", "'", "--"): the word index drops
    // punctuation, so it is looked for as the characters it is. instr() takes
    // no wildcards, and such a search is rare enough to scan for.
    return and(
      filter,
      '(instr(reference, ?) > 0 OR instr(title, ?) > 0 OR instr(summary, ?) > 0 OR instr(measure, ?) > 0 OR instr(sector, ?) > 0 OR instr(submitter, ?) > 0)',
      ...Array<string>(6).fill(literal),
    );
  }
  if (match === null) return filter;
  const onlyText = filter.where === '';
  filter = and(filter, 'seq IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)', match);
  return onlyText ? { ...filter, textOnly: match } : filter;
}

function and(filter: Filter, condition: string, ...params: readonly SqlValue[]): Filter {
  return {
    where: filter.where === '' ? `WHERE ${condition}` : `${filter.where} AND ${condition}`,
    params: [...filter.params, ...params],
  };
}

/**
 * Ties are broken by seq in the same direction, so the order is total (pages
 * never repeat or skip a row) and every sort index serves it directly. Cases
 * without a pending limit come last either way.
 */
export function orderBy(sort: Sort): string {
  const direction = DIRECTION[sort.direction];
  const nulls = sort.column === 'nextLimitDate' ? ' NULLS LAST' : '';
  return `ORDER BY ${SORT_EXPRESSION[sort.column]} ${direction}${nulls}, seq ${direction}`;
}

function count(db: Database.Database, filter: Filter): number {
  // Every case is indexed once under its seq (triggers in 0010-init), so
  // counting matches needs no visit to the cases table.
  if (filter.textOnly !== undefined) {
    return statement(db, 'SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?').pluck().get(filter.textOnly) as number;
  }
  return statement(db, `SELECT count(*) FROM cases ${filter.where}`).pluck().get(...filter.params) as number;
}

function page(db: Database.Database, filter: Filter, order: string, offset: number, limit: number): CaseRow[] {
  const rows = statement(db, `SELECT ${ROW_COLUMNS} FROM cases ${filter.where} ${order} LIMIT ? OFFSET ?`).all(
    ...filter.params,
    limit,
    offset,
  ) as StoredRow[];
  // '' is how an environment submission stores "no complaining Party" (migration 20).
  return rows.map((row) => ({
    ...row,
    complainant: row.complainant === '' ? null : row.complainant,
    perishable: row.perishable === 1,
    sample: row.sample === 1,
  }));
}

type GroupCount = Readonly<{ key: string; value: SqlValue; count: number }>;

function groupCounts(db: Database.Database, filter: Filter, groupBy: GroupBy): GroupCount[] {
  const column = GROUP_COLUMN[groupBy];
  const rows = statement(db, `SELECT ${column} AS value, count(*) AS count FROM cases ${filter.where} GROUP BY ${column} ORDER BY ${column}`).all(
    ...filter.params,
  ) as { value: SqlValue; count: number }[];
  return rows.map((row) => ({ key: groupKey(groupBy, row.value), value: row.value, count: row.count }));
}

function groupKey(groupBy: GroupBy, value: SqlValue): string {
  switch (groupBy) {
    case 'agreement':
      return String(value);
    case 'stage':
      // stage_order is kept equal to the stage's position by every write and
      // by refreshReferenceTables on open.
      return STAGES[value as number] ?? String(value);
    default: {
      const unreachable: never = groupBy;
      throw new Error(`Unknown grouping: ${String(unreachable)}`);
    }
  }
}

/**
 * The text a person typed, as an FTS5 query: each word becomes a quoted
 * phrase (so FTS syntax characters are plain text) matched as a prefix, and
 * all words must match. "CAFTA-DR-2026" is one word and matches the reference
 * tokens in sequence. Null when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    // Control characters are never part of a word; a NUL inside a phrase
    // ends FTS5's query string early and the query fails as a syntax error.
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  // SECURITY: '"' is doubled inside the phrase; nothing else is special there.
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
}

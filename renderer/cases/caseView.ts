// The cases list's view — search, filters, sort, grouping, hidden columns —
// as the table spec (renderer/table/viewState.ts) reads it from the address,
// and as the cases.list query it asks for.
import { AGREEMENT_IDS, PARTY_CODES } from '../../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES } from '../../shared/cases/domain';
import { STAGES } from '../../shared/domain/stages';
import type { Input } from '../../shared/api/contract';
import type { Locale } from '../../shared/history/domain';
import type { TableView, TableViewSpec } from '../table/viewState';
import type { CaseColumnId } from './caseColumns';

/** cases.list without the page (offset, limit, after): what decides which rows, in which order. */
export type CaseQuery = Omit<Input<'cases.list'>, 'offset' | 'limit' | 'after'>;

export const CASE_FILTER_VALUES = {
  agreement: AGREEMENT_IDS,
  // Any party to the case: complainant, respondent or third party.
  party: PARTY_CODES,
  kind: CASE_KINDS,
  stage: STAGES,
  status: CASE_STATUSES,
} as const;
export type CaseFilterName = keyof typeof CASE_FILTER_VALUES;

export const CASE_GROUPS = ['agreement', 'stage'] as const;
type CaseGroup = (typeof CASE_GROUPS)[number];

const SORT_COLUMNS = [
  'reference',
  'title',
  'agreement',
  'complainant',
  'stage',
  'status',
  'nextLimitDate',
  'kind',
  'openedOn',
  'leadOfficer',
  'updatedAt',
] as const satisfies readonly CaseColumnId[];
type SortColumn = (typeof SORT_COLUMNS)[number];

export const CASE_VIEW: TableViewSpec = {
  filters: CASE_FILTER_VALUES,
  sortColumns: SORT_COLUMNS,
  defaultSort: { column: 'updatedAt', desc: true },
  groups: CASE_GROUPS,
  hideable: ['agreement', 'complainant', 'stage', 'status', 'nextLimitDate', 'kind', 'openedOn', 'leadOfficer', 'updatedAt'],
};

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/**
 * The cases.list query for a view (read from the address, so already checked
 * against CASE_VIEW), with coded columns sorted by their labels in `locale`.
 */
export function caseQuery(view: TableView, locale: Locale): CaseQuery {
  const column: SortColumn = isOneOf(SORT_COLUMNS, view.sort.column) ? view.sort.column : 'updatedAt';
  const group: CaseGroup | null = isOneOf(CASE_GROUPS, view.groupBy ?? undefined) ? (view.groupBy as CaseGroup) : null;
  const { agreement, party, kind, stage, status } = view.filters;
  const text = view.text.trim();
  return {
    sort: { column, direction: view.sort.desc ? 'desc' : 'asc' },
    groupBy: group,
    locale,
    ...(isOneOf(AGREEMENT_IDS, agreement) && { agreement }),
    ...(isOneOf(PARTY_CODES, party) && { party }),
    ...(isOneOf(CASE_KINDS, kind) && { kind }),
    ...(isOneOf(STAGES, stage) && { stage }),
    ...(isOneOf(CASE_STATUSES, status) && { status }),
    ...(text !== '' && { text }),
  };
}

// The one API contract: method → input schema → result type. Both hosts
// (Electron IPC and the loopback HTTP host) forward to db/dispatch.ts, which
// serves exactly these methods. Adding a method touches this file and one
// handler in db/handlers, nothing else.
import type { z } from 'zod';
import type { AgreementInfo } from '../domain/agreementInfo';
import type { AgreementId } from '../domain/agreements';
import type { AuditEntry, Settings } from '../domain/audit';
import type { CaseRecord, CaseRow, CaseStatus } from '../domain/cases';
import type { CaseEvent } from '../domain/events';
import type { CaseWarning, TimeLimitView } from '../domain/limits';
import type { Stage } from '../domain/stages';
import {
  byIdInput,
  casesCreateInput,
  casesListInput,
  casesUpdateInput,
  deadlinesUpcomingInput,
  historyListInput,
  emptyInput,
  eventsAddInput,
  eventsUpdateInput,
  limitsAgreeInput,
  limitsUnagreeInput,
  settingsUpdateInput,
} from './schemas';

type MethodSpec<I extends z.ZodType, R> = Readonly<{ input: I; result?: R }>;

/** `result` exists only in the type: it carries what the method answers. */
function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

export type CasesListResult = Readonly<{
  rows: readonly CaseRow[];
  total: number;
  /** Counts per group key, in row order, when groupBy was given. */
  groups: readonly Readonly<{ key: string; count: number }>[] | null;
}>;

export type CaseDetail = Readonly<{
  case: CaseRecord;
  events: readonly CaseEvent[];
  stage: Stage;
  limits: readonly TimeLimitView[];
  /** What is wrong with the record itself: premature, late or out-of-order steps, missing facts (issue 5 §1). */
  warnings: readonly CaseWarning[];
  today: string;
}>;

export type HistoryPage = Readonly<{
  /** Newest first. */
  entries: readonly AuditEntry[];
  /** The `before` of the next (older) page; null on the last page. */
  next: number | null;
}>;

export type UpcomingLimit = Readonly<{
  caseId: string;
  reference: string;
  title: string;
  agreement: AgreementId;
  limit: TimeLimitView;
}>;

/**
 * How many pending limits of open cases fall due by the horizon, by how they
 * read today (shared/procedure/status.ts). They partition `total`: every limit
 * is in exactly one of overdue, dueSoon, open, pastTarget and later. A window
 * that passed unused has lapsed and is in none of them.
 */
export type UpcomingCounts = Readonly<{
  total: number;
  /** Deadlines whose date has passed. */
  overdue: number;
  /** Deadlines and targets due today or within DUE_SOON_DAYS. */
  dueSoon: number;
  /** Openings whose date has come: the step may be taken now. */
  open: number;
  /** Targets ("normally within") whose date has passed. */
  pastTarget: number;
  /** Everything else up to the horizon. */
  later: number;
}>;

export type UpcomingLimits = Readonly<{
  today: string;
  /** The `limit` most urgent: in date order (overdue first), then by case reference. */
  items: readonly UpcomingLimit[];
  counts: UpcomingCounts;
  /** True when more limits match than `items` holds (counts.total > items.length). */
  truncated: boolean;
}>;

export type DashboardSummary = Readonly<{
  total: number;
  counts: readonly Readonly<{ agreement: AgreementId; status: CaseStatus; count: number }>[];
}>;

export const contract = {
  'agreements.list': method<readonly AgreementInfo[]>()(emptyInput),
  'cases.list': method<CasesListResult>()(casesListInput),
  'cases.get': method<CaseDetail>()(byIdInput),
  'cases.create': method<CaseRecord>()(casesCreateInput),
  'cases.update': method<CaseRecord>()(casesUpdateInput),
  'history.list': method<HistoryPage>()(historyListInput),
  'events.add': method<CaseEvent>()(eventsAddInput),
  'events.update': method<CaseEvent>()(eventsUpdateInput),
  'events.remove': method<Readonly<{ id: string }>>()(byIdInput),
  'limits.agree': method<CaseDetail>()(limitsAgreeInput),
  'limits.unagree': method<CaseDetail>()(limitsUnagreeInput),
  'deadlines.upcoming': method<UpcomingLimits>()(deadlinesUpcomingInput),
  'dashboard.summary': method<DashboardSummary>()(emptyInput),
  'demo.load': method<Readonly<{ cases: number; events: number }>>()(emptyInput),
  'settings.get': method<Settings>()(emptyInput),
  'settings.update': method<Settings>()(settingsUpdateInput),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as readonly Method[];

/** What a caller sends (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Result<M extends Method> = NonNullable<Contract[M]['result']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

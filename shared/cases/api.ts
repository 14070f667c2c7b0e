// The cases feature's API methods and what they answer.
import { byIdInput } from '../api/fields';
import { command, query } from '../api/method';
import type { CaseWarning, TimeLimitView } from '../domain/limits';
import type { Stage } from '../domain/stages';
import type { CaseEvent } from '../events/domain';
import type { CaseRecord, CaseRow } from './domain';
import { casesCreateInput, casesListInput, casesUpdateInput } from './schemas';

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

export const casesApi = {
  'cases.list': query<CasesListResult>()(casesListInput),
  'cases.get': query<CaseDetail>()(byIdInput),
  'cases.create': command<CaseRecord>()(casesCreateInput),
  'cases.update': command<CaseRecord>()(casesUpdateInput),
} as const;

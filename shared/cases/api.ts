// The cases feature's API methods and what they answer.
import { byIdInput } from '../api/fields';
import { command, query } from '../api/method';
import type { CaseWarning, TimeLimitView } from '../domain/limits';
import type { Stage } from '../domain/stages';
import type { ListResult } from '../list/input';
import type { CaseEvent } from '../events/domain';
import type { CaseRecord, CaseRow } from './domain';
import { casesCreateInput, casesImportInput, casesListInput, casesRemoveInput, casesUpdateInput } from './schemas';

/**
 * A page of the cases list (shared/list/input.ts): `total` and `groups` are
 * counted on a page read without `after` and carried by the cursor after it
 * (`groups` is then null); `next` is the cursor of the following page.
 */
export type CasesListResult = ListResult<CaseRow>;

export type CaseDetail = Readonly<{
  case: CaseRecord;
  events: readonly CaseEvent[];
  stage: Stage;
  limits: readonly TimeLimitView[];
  /** What is wrong with the record itself: premature, late or out-of-order steps, missing facts (issue 5 §1). */
  warnings: readonly CaseWarning[];
  today: string;
}>;

/** The cases cases.import created, in the order given. */
export type CasesImportResult = Readonly<{ cases: readonly Readonly<{ id: string; reference: string }>[] }>;

export const casesApi = {
  'cases.list': query<CasesListResult>()(casesListInput),
  'cases.get': query<CaseDetail>()(byIdInput),
  'cases.create': command<CaseRecord>()(casesCreateInput),
  'cases.update': command<CaseRecord>()(casesUpdateInput),
  /** Creates up to IMPORT_MAX_CASES cases in one transaction, each as cases.create would, with its own history entry. */
  'cases.import': command<CasesImportResult>()(casesImportInput),
  /** Moves the case to the Trash (its events go with it); cases.restore brings it back. */
  'cases.remove': command<Readonly<{ id: string }>>()(casesRemoveInput),
  'cases.restore': command<CaseRecord>()(byIdInput),
} as const;

// cases.import: many cases in one call (issue 6 §2 "there is no bulk path";
// the import of dossiers and exports will use it). Each case goes through the
// same creation as cases.create — its reference, procedure and its own history
// entry through the one write path — and dispatch's single transaction makes
// the batch all or nothing, with one commit (one fsync) for all of them.
import type { ParsedInput } from '../../shared/api/contract';
import type { CasesImportResult } from '../../shared/cases/api';
import type { CaseRecord } from '../../shared/cases/domain';
import type { HandlerContext } from '../handlerTypes';

/** cases.create's own creation (db/cases/handlers.ts createCase), passed in by the handler map that holds both. */
export type CreateCase = (context: HandlerContext, input: ParsedInput<'cases.create'>, options: Readonly<{ sample: boolean }>) => CaseRecord;

export function importCases(input: ParsedInput<'cases.import'>, context: HandlerContext, create: CreateCase): CasesImportResult {
  return {
    cases: input.cases.map((fields) => {
      const record = create(context, fields, { sample: false });
      return { id: record.id, reference: record.reference };
    }),
  };
}

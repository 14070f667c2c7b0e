// cases.create / update / get / history / list.
import { randomUUID } from 'node:crypto';
import type { CaseDetail, ParsedInput } from '../../shared/api/contract';
import { casePartyErrors } from '../../shared/api/schemas';
import type { CaseRecord } from '../../shared/domain/cases';
import { computeProcedure } from '../../shared/procedure/engine';
import { limitView } from '../../shared/procedure/status';
import { todayWarnings } from '../../shared/procedure/warnings';
import { readCaseHistory, writeAudit } from '../queries/audit';
import { listCases } from '../queries/caseList';
import { nextCaseReference } from '../queries/caseReference';
import { CASE_FIELD_NAMES, caseExists, insertCase, readCase, updateCaseFields, type CaseFields } from '../queries/cases';
import { readEvents } from '../queries/events';
import { readProcedureInput, refreshCaseProcedure } from '../queries/procedure';
import { HandlerFailure, notFound, type HandlerContext, type Handlers } from './types';

type CaseHandlers = Pick<Handlers, 'cases.list' | 'cases.get' | 'cases.create' | 'cases.update' | 'cases.history'>;

export const caseHandlers: CaseHandlers = {
  'cases.list': (input, { db }) => listCases(db, input),
  'cases.get': getCase,
  'cases.create': (input, context) => createCase(context, input, { sample: false }),
  'cases.update': updateCase,
  'cases.history': ({ id }, { db }) => {
    if (!caseExists(db, id)) throw notFound('case', id);
    return readCaseHistory(db, id);
  },
};

export function getCase({ id }: ParsedInput<'cases.get'>, { db, today }: HandlerContext): CaseDetail {
  const record = readCase(db, id);
  if (record === null) throw notFound('case', id);
  // Recomputed rather than read from case_limits: the stored limits come from
  // the same engine and input, and the warnings are not stored.
  const input = readProcedureInput(db, id);
  const procedure = computeProcedure(input);
  return {
    case: record,
    events: readEvents(db, id),
    stage: procedure.stage,
    limits: procedure.limits.map((limit) => limitView(limit, today)),
    warnings: [...procedure.warnings, ...todayWarnings(input.events, today)],
    today,
  };
}

/** Shared by cases.create and demo.load, so sample cases go through the same checks and audit. */
export function createCase(
  { db, today, at }: HandlerContext,
  input: ParsedInput<'cases.create'>,
  options: Readonly<{ sample: boolean }>,
): CaseRecord {
  // The reference takes its year from openedOn, which defaults to the official's today.
  const fields: CaseFields = { ...input, openedOn: input.openedOn ?? today };
  const id = randomUUID();
  const reference = nextCaseReference(db, fields.agreement, fields.openedOn);
  insertCase(db, { ...fields, id, reference, stage: 'not_started', createdAt: at, sample: options.sample });
  refreshCaseProcedure(db, id);
  const record = mustRead(db, id);
  writeAudit(db, { at, action: 'create', entity: 'case', entityId: id, caseId: id, before: null, after: record });
  return record;
}

export function updateCase(input: ParsedInput<'cases.update'>, { db, at }: HandlerContext): CaseRecord {
  const stored = readCase(db, input.id);
  if (stored === null) throw notFound('case', input.id);
  // Optimistic concurrency: the form must have been filled in from the latest version.
  if (stored.version !== input.version) {
    throw new HandlerFailure(
      'conflict',
      `Case ${stored.reference} was changed by someone else (version ${stored.version}; you edited version ${input.version}). Reload it and apply your change again.`,
    );
  }
  const merged: CaseFields = { ...fieldsOf(stored), ...definedFields(input) };
  // Party rules span fields, so they are checked on the merged record: changing
  // only the agreement can make the stored parties wrong.
  const partyErrors = casePartyErrors(merged);
  if (Object.keys(partyErrors).length > 0) {
    throw new HandlerFailure('invalid_input', 'The parties do not fit the agreement', partyErrors);
  }
  const changed = CASE_FIELD_NAMES.some((name) => JSON.stringify(merged[name]) !== JSON.stringify(stored[name]));
  if (!changed) return stored;
  // The reference keeps its agreement prefix and year even if those fields
  // change: it is an identifier already quoted in correspondence.
  updateCaseFields(db, stored.id, merged, stored.version + 1, at);
  refreshCaseProcedure(db, stored.id);
  const record = mustRead(db, stored.id);
  writeAudit(db, { at, action: 'update', entity: 'case', entityId: stored.id, caseId: stored.id, before: stored, after: record });
  return record;
}

function fieldsOf(record: CaseRecord): CaseFields {
  const fields: Partial<Record<keyof CaseFields, unknown>> = {};
  for (const name of CASE_FIELD_NAMES) fields[name] = record[name];
  return fields as CaseFields;
}

function definedFields(input: ParsedInput<'cases.update'>): Partial<CaseFields> {
  const fields: Partial<Record<keyof CaseFields, unknown>> = {};
  for (const name of CASE_FIELD_NAMES) if (input[name] !== undefined) fields[name] = input[name];
  return fields as Partial<CaseFields>;
}

function mustRead(db: HandlerContext['db'], id: string): CaseRecord {
  const record = readCase(db, id);
  if (record === null) throw new Error(`Case ${id} vanished inside its own transaction`);
  return record;
}

// cases.create / update / get / history / list.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/api/contract';
import type { CaseDetail } from '../../shared/cases/api';
import { casePartyErrors } from '../../shared/cases/schemas';
import type { CaseRecord } from '../../shared/cases/domain';
import { eventTypesFor } from '../../shared/events/domain';
import { computeProcedure } from '../../shared/procedure/engine';
import { limitView } from '../../shared/procedure/status';
import { todayWarnings } from '../../shared/procedure/warnings';
import { commitChange } from '../changes';
import { importCases } from './import';
import { listCases } from './list';
import { removeCase, restoreCase } from './removal';
import { nextCaseReference } from './reference';
import { CASE_FIELD_NAMES, insertCase, readCase, updateCaseFields, type CaseFields } from './queries';
import { readEvents } from '../events/queries';
import { readProcedureInput, refreshCaseProcedure } from '../procedure/queries';
import { invalidFields, notFound, staleVersion, type HandlerContext, type Handlers } from '../handlerTypes';

type CaseHandlers = Pick<Handlers, 'cases.list' | 'cases.get' | 'cases.create' | 'cases.import' | 'cases.update' | 'cases.remove' | 'cases.restore'>;

export const caseHandlers: CaseHandlers = {
  'cases.list': (input, { db }) => listCases(db, input),
  'cases.get': getCase,
  'cases.create': (input, context) => createCase(context, input, { sample: false }),
  'cases.import': (input, context) => importCases(input, context, createCase),
  'cases.update': updateCase,
  'cases.remove': removeCase,
  'cases.restore': restoreCase,
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
  context: HandlerContext,
  input: ParsedInput<'cases.create'>,
  options: Readonly<{ sample: boolean }>,
): CaseRecord {
  const { db, today, at } = context;
  // The reference takes its year from openedOn, which defaults to the official's today.
  const fields: CaseFields = { ...input, openedOn: input.openedOn ?? today };
  const id = randomUUID();
  const reference = nextCaseReference(db, fields.agreement, fields.openedOn);
  return mustHave(
    commitChange(context, {
      action: 'create',
      subject: { type: 'case', id },
      before: null,
      write: () => {
        insertCase(db, { ...fields, id, reference, stage: 'not_started', createdAt: at, sample: options.sample });
        refreshCaseProcedure(db, id);
      },
      read: () => readCase(db, id),
    }),
    id,
  );
}

export function updateCase(input: ParsedInput<'cases.update'>, context: HandlerContext): CaseRecord {
  const { db } = context;
  const stored = readCase(db, input.id);
  if (stored === null) throw notFound('case', input.id);
  // Optimistic concurrency: the form must have been filled in from the latest version.
  if (stored.version !== input.version) {
    throw staleVersion(stored.reference, stored.version, input.version, stored);
  }
  const merged: CaseFields = { ...fieldsOf(stored), ...definedFields(input) };
  // Party rules span fields, so they are checked on the merged record: changing
  // only the agreement can make the stored parties wrong.
  const partyErrors = casePartyErrors(merged);
  if (Object.keys(partyErrors).length > 0) {
    throw invalidFields(partyErrors);
  }
  // A submission's steps are not a dispute's (and the reverse): the kind may
  // change only while every recorded step still belongs to it.
  if (merged.kind !== stored.kind) {
    const fits = eventTypesFor(merged.kind);
    if (readEvents(db, stored.id).some((event) => !fits.includes(event.type))) {
      throw invalidFields({ kind: 'kind_has_other_steps' });
    }
  }
  const changed = CASE_FIELD_NAMES.some((name) => JSON.stringify(merged[name]) !== JSON.stringify(stored[name]));
  if (!changed) return stored;
  // The reference keeps its agreement prefix and year even if those fields
  // change: it is an identifier already quoted in correspondence.
  return mustHave(
    commitChange(context, {
      action: 'update',
      subject: { type: 'case', id: stored.id },
      before: stored,
      write: () => {
        updateCaseFields(db, stored.id, merged);
        refreshCaseProcedure(db, stored.id);
      },
      read: () => readCase(db, stored.id),
    }),
    stored.id,
  );
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

function mustHave(record: CaseRecord | null, id: string): CaseRecord {
  if (record === null) throw new Error(`Case ${id} vanished inside its own transaction`);
  return record;
}

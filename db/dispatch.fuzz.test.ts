// Property tests of dispatch (seeded, so a failure replays): whatever a caller
// sends, dispatch answers (never throws, never `internal`), and a call it
// refuses leaves the database exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, DATA_METHODS, isMethod, type DataMethod as Method } from '../shared/api/contract';
import { CASE_SORT_COLUMNS } from '../shared/cases/schemas';
import { ERROR_CODES, ERROR_REASONS, FIELD_ERROR_CODES, type ApiResponse } from '../shared/api/errors';
import { AGREEMENT_IDS, PARTY_CODES } from '../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES, NTE_CATEGORIES } from '../shared/cases/domain';
import { EVENT_TYPES } from '../shared/events/domain';
import { STAGES } from '../shared/domain/stages';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from './testing/testDatabase';

const SEED = 20_260_310;
const RUNS = 40;

let test: TestDatabase;
let caseId = '';
let eventId = '';
let meetingId = '';
/** The ids of a meeting's records, so updates and removals reach a real one. */
let recordIds: string[] = [];
beforeAll(async () => {
  test = await openTestDatabase();
  const created = test.call('cases.create', caseInput({ perishable: true }));
  caseId = created.id;
  eventId = test.call('events.add', { caseId, type: 'consultations_requested', date: '2026-02-10' }).id;
  meetingId = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' }).id;
  recordIds = [
    test.call('attendees.add', { meetingId, name: 'Ana Pérez', party: 'CRI' }).id,
    test.call('agendaItems.add', { meetingId, title: 'Dairy permits', caseId }).id,
    test.call('decisions.add', { meetingId, text: 'Adopts the model rules.' }).id,
    test.call('actionItems.add', { meetingId, what: 'Circulate the minutes', dueOn: '2026-03-20' }).id,
  ];
});
afterAll(() => test.close());

/**
 * The fields each method knows, so generated inputs often get past the first
 * check: read from its input schema in the contract (an object, or an object
 * piped into a transform), so a new method is fuzzed with no list to update.
 */
function inputKeys(schema: z.ZodType): readonly string[] {
  const def = schema._zod.def;
  if (def.type === 'object') return Object.keys((def as z.core.$ZodObjectDef).shape);
  if (def.type === 'pipe') return inputKeys((def as z.core.$ZodPipeDef).in as z.ZodType);
  return [];
}
const KEYS: Readonly<Record<Method, readonly string[]>> = Object.fromEntries(DATA_METHODS.map((method) => [method, inputKeys(contract[method].input)])) as Record<Method, readonly string[]>;

/** Plausible values: valid ones of every field, near misses, and ids that exist or not. */
const plausible = fc.oneof(
  fc.constantFrom<unknown>(
    ...AGREEMENT_IDS,
    ...PARTY_CODES,
    ...CASE_KINDS,
    ...CASE_STATUSES,
    ...STAGES,
    ...EVENT_TYPES,
    ...NTE_CATEGORIES,
    'en',
    'es',
    'agreement',
    'stage',
    '2026-02-28',
    '2026-02-29',
    '2024-02-29',
    '0804',
    '7701',
    '',
    ' ',
    null,
    true,
    -1,
    0,
    1,
    2,
    366,
    367,
    500,
    1.5,
    '00000000-0000-4000-8000-000000000000',
  ),
  fc.constant(null).map(() => caseId),
  fc.constant(null).map(() => eventId),
  fc.record({ column: fc.constantFrom<unknown>(...CASE_SORT_COLUMNS, 'seq'), direction: fc.constantFrom<unknown>('asc', 'desc', 'up') }),
  fc.array(fc.constantFrom<unknown>('USA', 'GTM', 'HND', '0804', '080450', 'XX', 7), { maxLength: 4 }),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);

const weird = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
});

const date = fc.constantFrom('2026-01-31', '2026-02-28', '2026-03-10', '2024-02-29', '2026-02-29', '2026-13-01');
const text = fc.string({ maxLength: 40 });

/** Values that are usually right for a field, so many calls reach the handler. */
function fieldValue(key: string): fc.Arbitrary<unknown> {
  switch (key) {
    case 'agreement':
      return fc.constantFrom(...AGREEMENT_IDS);
    case 'kind':
      return fc.constantFrom(...CASE_KINDS);
    case 'status':
      return fc.constantFrom(...CASE_STATUSES);
    case 'stage':
      return fc.constantFrom(...STAGES);
    case 'complainant':
    case 'respondent':
    case 'party':
      return fc.constantFrom(...PARTY_CODES);
    case 'thirdParties':
      return fc.uniqueArray(fc.constantFrom(...PARTY_CODES), { maxLength: 3 });
    case 'hsCodes':
      return fc.array(fc.constantFrom('0804', '080450', '01', '9701', '7701', '1'), { maxLength: 3 });
    case 'nteCategory':
      return fc.constantFrom(null, ...NTE_CATEGORIES);
    case 'perishable':
    case 'scheduled':
      return fc.boolean();
    case 'claims':
      return fc.array(
        fc.record({ provision: fc.constantFrom('16.2.1(a)', 'Art. 17.2.1(a)', '3.3.2', ''), finding: fc.constantFrom('pending', 'non_conformity', 'conformity', 'maybe') }),
        { maxLength: 3 },
      );
    case 'reconveneGrounds':
      return fc.constantFrom(null, 'excessive_level', 'eliminated', 'both', 'other');
    case 'subject':
      return fc.oneof(
        fc.constant(null).map(() => ({ type: 'case', id: caseId })),
        fc.record({ type: fc.constantFrom('case', 'event', 'settings', 'meeting'), id: fc.constantFrom('settings', 'x', '') }),
      );
    case 'before':
      return fc.integer({ min: -1, max: 50 });
    case 'rule':
      return fc.constantFrom('cafta-dr.commission-request', 'cafta-dr.panel-chair', 'us-peru-tpa.final-report', 'nope');
    case 'days':
      return fc.integer({ min: -2, max: 4000 });
    case 'submitter':
      return fc.constantFrom('', 'PRETOMA', ' ');
    case 'openedOn':
    case 'date':
    case 'startsOn':
    case 'endsOn':
    case 'adoptedOn':
    case 'dueOn':
      return date;
    case 'id':
      return fc.oneof(
        fc.constant(null).map(() => caseId),
        fc.constant(null).map(() => eventId),
        fc.constant(null).map(() => meetingId),
        fc.constantFrom(0, 1, 2, 3).map((index) => recordIds[index]),
        fc.uuid(),
      );
    case 'meetingId':
      return fc.oneof(fc.constant(null).map(() => meetingId), fc.uuid());
    case 'body':
      return fc.constantFrom('ftc', 'labor-affairs-council', 'fta-coordinators', 'nope');
    case 'chair':
    case 'ownerParty':
      return fc.constantFrom(null, ...PARTY_CODES);
    case 'virtual':
    case 'publicSession':
    case 'overdue':
      return fc.boolean();
    case 'number':
    case 'position':
    case 'year':
    case 'dueWithinDays':
      return fc.integer({ min: -1, max: 3000 });
    case 'caseId':
      return fc.oneof(fc.constant(null).map(() => caseId), fc.uuid());
    case 'version':
      return fc.integer({ min: 0, max: 6 });
    case 'type':
      return fc.constantFrom(...EVENT_TYPES);
    case 'sort':
      return fc.record({ column: fc.constantFrom(...CASE_SORT_COLUMNS), direction: fc.constantFrom('asc', 'desc') });
    case 'groupBy':
      return fc.constantFrom(null, 'agreement', 'stage');
    case 'offset':
      return fc.nat({ max: 20 });
    case 'limit':
      return fc.integer({ min: 1, max: 500 });
    case 'withinDays':
      return fc.integer({ min: 0, max: 366 });
    case 'locale':
      return fc.constantFrom('en', 'es');
    default:
      return text;
  }
}

/** A valid input to start from, so changing a few fields still often succeeds. */
function base(method: Method): Record<string, unknown> {
  switch (method) {
    case 'cases.create':
      return { ...caseInput() };
    case 'cases.update':
    case 'cases.get':
      return { id: caseId };
    case 'events.add':
      return { caseId, type: 'note', date: '2026-03-01' };
    case 'limits.agree':
      return { caseId, rule: 'cafta-dr.commission-request', date: '2026-05-01' };
    case 'history.list':
      return { subject: { type: 'case', id: caseId } };
    case 'limits.unagree':
      return { caseId, rule: 'cafta-dr.commission-request' };
    case 'meetings.create':
      return { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' };
    case 'meetings.update':
    case 'meetings.get':
      return { id: meetingId, version: 1 };
    case 'attendees.add':
      return { meetingId, name: 'Luis Soto', party: 'SLV' };
    case 'agendaItems.add':
      return { meetingId, title: 'Other business' };
    case 'decisions.add':
      return { meetingId, text: 'Appoints the rosters.' };
    case 'actionItems.add':
      return { meetingId, what: 'Propose dates' };
    default:
      return {};
  }
}

function inputFor(method: Method): fc.Arbitrary<unknown> {
  const known = KEYS[method];
  const wellFormed =
    known.length === 0
      ? fc.constant({})
      : fc
          .record(Object.fromEntries(known.map((key) => [key, fc.oneof({ weight: 20, arbitrary: fieldValue(key) }, plausible, weird)])), {
            requiredKeys: [],
          })
          .map((fields) => ({ ...base(method), ...fields }));
  const keys = [...known, '__proto__', 'constructor', 'extra'];
  const shaped = fc.dictionary(fc.constantFrom(...keys), fc.oneof(plausible, weird), { maxKeys: keys.length });
  return fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: shaped }, { weight: 1, arbitrary: weird });
}

function checkAnswer(response: ApiResponse<unknown>): void {
  expect(typeof response.ok).toBe('boolean');
  if (response.ok) {
    // Answers cross a process boundary as plain data.
    expect(JSON.parse(JSON.stringify(response.result))).toEqual(response.result);
    return;
  }
  expect(ERROR_CODES).toContain(response.error.code);
  expect(response.error.code).not.toBe('internal');
  expect(typeof response.error.message).toBe('string');
  // Every refusal has a reason and every field error a code the renderer translates.
  expect(ERROR_REASONS).toContain(response.error.reason);
  if (response.error.code === 'invalid_input') {
    const fields = Object.entries(response.error.fields ?? {});
    expect(fields.length).toBeGreaterThan(0);
    for (const [path, error] of fields) {
      expect(path).toMatch(/^(\(root\)|[^.]+(\.[^.]+)*)$/);
      expect(FIELD_ERROR_CODES).toContain(error.code);
      expect(typeof error.message).toBe('string');
    }
  }
}

describe('dispatch under arbitrary input', () => {
  it.each(DATA_METHODS.map((method) => [method]))('%s never throws and changes nothing when it refuses', (method) => {
    fc.assert(
      fc.property(inputFor(method), (input) => {
        const before = snapshot(test.db);
        let response: ApiResponse<unknown> | undefined;
        expect(() => {
          response = test.dispatch(method, input);
        }).not.toThrow();
        if (response === undefined) throw new Error('no answer');
        checkAnswer(response);
        if (!response.ok) expect(snapshot(test.db)).toBe(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers unknown_method for any other method name, changing nothing', () => {
    const before = snapshot(test.db);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'cases.list ', 'cases')), weird, (name, input) => {
        fc.pre(!isMethod(name));
        expect(test.dispatch(name, input)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(snapshot(test.db)).toBe(before);
  });
});

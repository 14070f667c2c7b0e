// Every free-text field of every method that stores text, through dispatch
// (issue 7 §4): each rule of shared/api/freeText.ts refused by field with its
// own code and nothing written; composed text (NFC) stored. Lone surrogates
// are sent here directly: a browser's JSON would already have replaced them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/cases/domain';
import { caseInput, fieldCodes, openTestDatabase, snapshot, type TestDatabase } from './testing/testDatabase';

let test: TestDatabase;
let created: CaseRecord;
let eventId: string;
beforeEach(async () => {
  test = await openTestDatabase();
  created = test.call('cases.create', caseInput());
  eventId = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' }).id;
});
afterEach(() => test.close());

type TextField = Readonly<{
  method: string;
  path: string;
  /** Long text keeps line breaks and tabs. */
  long: boolean;
  input: (value: string) => unknown;
}>;

const environmentSubmission = (submitter: string) =>
  caseInput({ kind: 'environment_submission', complainant: null, submitter, respondent: 'SLV' });

const FIELDS: readonly TextField[] = [
  { method: 'cases.create', path: 'title', long: false, input: (title) => caseInput({ title }) },
  { method: 'cases.create', path: 'summary', long: true, input: (summary) => caseInput({ summary }) },
  { method: 'cases.create', path: 'measure', long: true, input: (measure) => caseInput({ measure }) },
  { method: 'cases.create', path: 'sector', long: false, input: (sector) => caseInput({ sector }) },
  { method: 'cases.create', path: 'leadOfficer', long: false, input: (leadOfficer) => caseInput({ leadOfficer }) },
  { method: 'cases.create', path: 'submitter', long: false, input: environmentSubmission },
  { method: 'cases.create', path: 'claims.0.provision', long: false, input: (provision) => caseInput({ claims: [{ provision, finding: 'pending' }] }) },
  { method: 'cases.update', path: 'title', long: false, input: (title) => ({ id: created.id, version: created.version, title }) },
  { method: 'cases.update', path: 'summary', long: true, input: (summary) => ({ id: created.id, version: created.version, summary }) },
  { method: 'events.add', path: 'text', long: true, input: (text) => ({ caseId: created.id, type: 'note', date: '2026-03-03', text }) },
  { method: 'events.update', path: 'text', long: true, input: (text) => ({ id: eventId, text }) },
  { method: 'limits.agree', path: 'note', long: true, input: (note) => ({ caseId: created.id, rule: 'cafta-dr.commission-request', days: 90, note }) },
  { method: 'settings.update', path: 'userName', long: false, input: (userName) => ({ userName }) },
  { method: 'cases.list', path: 'text', long: false, input: (text) => ({ text }) },
];

/** Text breaking one rule each, and the code that names it. */
const REFUSED: ReadonlyArray<readonly [string, string, string]> = [
  ['NUL', 'Dairy\u0000permits', 'control_character'],
  ['NUL only', '\u0000\u0000', 'control_character'],
  ['a terminal escape', '\u001b[2J\u001b[31mcleared', 'control_character'],
  ['DEL', 'Dairy\u007f', 'control_character'],
  ['a right-to-left override', 'Ana \u202ePérez', 'bidi_control'],
  ['a left-to-right isolate', '\u2066Minister\u2069', 'bidi_control'],
  ['a lone high surrogate', 'Dairy \uD83C permits', 'lone_surrogate'],
  ['a lone low surrogate', 'Dairy \uDF4C', 'lone_surrogate'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060', 'invisible_only'],
];

function refusedCodes(field: TextField, value: string): Record<string, string> {
  const before = snapshot(test.db);
  const response = test.dispatch(field.method, field.input(value));
  // A refused call changes nothing.
  expect(snapshot(test.db)).toBe(before);
  if (response.ok) return {};
  return fieldCodes(response.error.fields);
}

describe('free text, field by field', () => {
  for (const field of FIELDS) {
    describe(`${field.method} ${field.path}`, () => {
      it('refuses control characters, bidi controls, lone surrogates and invisible-only text with their own codes', () => {
        for (const [, value, code] of REFUSED) expect(refusedCodes(field, value)).toEqual({ [field.path]: code });
      });

      it(field.long ? 'keeps line breaks and tabs' : 'refuses line breaks and tabs', () => {
        const value = 'First line\n\tsecond line';
        if (field.long) expect(test.dispatch(field.method, field.input(value)).ok).toBe(true);
        else expect(refusedCodes(field, value)).toEqual({ [field.path]: 'control_character' });
      });
    });
  }
});

describe('free text as stored', () => {
  it('is composed (NFC): the same name typed two ways is one name', () => {
    const decomposed = 'Jose\u0301 Pe\u0301rez';
    expect(test.call('settings.update', { userName: decomposed }).userName).toBe('José Pérez');
    const saved = test.call('cases.create', caseInput({ title: `Cafe\u0301 exports`, summary: 'Line one\r\nline two' }));
    expect(saved).toMatchObject({ title: 'Café exports', summary: 'Line one\nline two' });
    expect(test.db.prepare('SELECT title FROM cases WHERE id = ?').pluck().get(saved.id)).toBe('Café exports');
    expect(test.call('cases.list', { text: 'cafe\u0301' }).rows.map((row) => row.id)).toContain(saved.id);
  });

  it('keeps text that merely contains an invisible character among visible ones', () => {
    expect(test.call('cases.create', caseInput({ title: 'Dairy\u200Bpermits' })).title).toBe('Dairy\u200Bpermits');
  });
});

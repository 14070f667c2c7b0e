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
  ['an object replacement character', 'Dairy \uFFFC permits', 'not_text'],
  ['an interlinear annotation', '\uFFF9Dairy\uFFFAnote\uFFFB permits', 'not_text'],
  ['the noncharacter U+FFFE', 'Dairy\uFFFE', 'not_text'],
  ['the noncharacter U+FFFF', 'Dairy\uFFFF', 'not_text'],
  ['a noncharacter of U+FDD0–U+FDEF', 'Dairy \uFDD0 permits', 'not_text'],
  ['the last noncharacter of plane 16', 'Dairy \u{10FFFF}', 'not_text'],
  ['a lone combining mark', '\u0301', 'starts_with_mark'],
  ['a combining mark at the start', '\u0301Dairy permits', 'starts_with_mark'],
];

/** Line and paragraph separators: refused in a single line, plain line breaks in long text. */
const SEPARATORS = ['Dairy\u2028permits', 'Dairy\u2029permits'] as const;
const BOTH_SEPARATORS = 'Dairy\u2028import\u2029permits';

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

      it(field.long ? 'takes line and paragraph separators as line breaks' : 'refuses line and paragraph separators', () => {
        // One call for long text: an update may be sent once with the version it read.
        if (field.long) expect(test.dispatch(field.method, field.input(BOTH_SEPARATORS)).ok).toBe(true);
        else for (const value of SEPARATORS) expect(refusedCodes(field, value)).toEqual({ [field.path]: 'control_character' });
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

  it('keeps line and paragraph separators of long text as plain line breaks', () => {
    const saved = test.call('cases.create', caseInput({ summary: 'One\u2028two\u2029three' }));
    expect(test.db.prepare('SELECT summary FROM cases WHERE id = ?').pluck().get(saved.id)).toBe('One\ntwo\nthree');
  });

  it('stores an optional field of nothing but spaces (no-break spaces too) as an empty one', () => {
    const blank = '\u00A0 \u00A0';
    const saved = test.call('cases.create', caseInput({ summary: `\u00A0\n${blank}`, measure: '\u3000', sector: blank, leadOfficer: '\u00A0\u00A0' }));
    expect(saved).toMatchObject({ summary: '', measure: '', sector: '', leadOfficer: '' });
    expect(test.db.prepare('SELECT summary, measure, sector, lead_officer AS leadOfficer FROM cases WHERE id = ?').get(saved.id)).toEqual({
      summary: '',
      measure: '',
      sector: '',
      leadOfficer: '',
    });
    const updated = test.call('cases.update', { id: saved.id, version: saved.version, summary: 'Kept', sector: 'Dairy' });
    expect(test.call('cases.update', { id: saved.id, version: updated.version, summary: blank, sector: blank })).toMatchObject({ summary: '', sector: '' });
    const note = test.call('events.add', { caseId: saved.id, type: 'note', date: '2026-03-03', text: blank });
    expect(note.text).toBe('');
    // A required field of nothing but no-break spaces is still missing, and nothing is written.
    const before = snapshot(test.db);
    const response = test.dispatch('cases.create', caseInput({ title: '\u00A0\u00A0' }));
    expect(response.ok ? {} : fieldCodes(response.error.fields)).toEqual({ title: 'required' });
    expect(snapshot(test.db)).toBe(before);
  });

  it('keeps text that merely contains an invisible character among visible ones', () => {
    expect(test.call('cases.create', caseInput({ title: 'Dairy\u200Bpermits' })).title).toBe('Dairy\u200Bpermits');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_CASEBOOK } from './casebook';
import { SAMPLE_MEETINGS } from '../meetings/sampleMeetings';
import { openTestDatabase, rowCount, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

describe('demo.load', () => {
  it('loads the sample casebook only when asked, as sample cases, through the audited path', () => {
    expect(rowCount(test.db, 'cases')).toBe(0);
    const events = SAMPLE_CASEBOOK.reduce((sum, sample) => sum + sample.events.length, 0);
    expect(test.call('demo.load', {})).toEqual({ cases: SAMPLE_CASEBOOK.length, events, meetings: SAMPLE_MEETINGS.length });
    expect(test.db.prepare('SELECT count(*) FROM cases WHERE sample = 1').pluck().get()).toBe(SAMPLE_CASEBOOK.length);
    expect(rowCount(test.db, 'case_events')).toBe(events);
    // The sample meetings' own entries (db/meetings/sample.test.ts) come after the cases'.
    expect(test.db.prepare("SELECT count(*) FROM audit_log WHERE subject_type IN ('case', 'event')").pluck().get()).toBe(SAMPLE_CASEBOOK.length + events);

    const list = test.call('cases.list', { sort: { column: 'openedOn', direction: 'asc' }, limit: 500 });
    const titles = [...SAMPLE_CASEBOOK].sort((a, b) => a.case.openedOn.localeCompare(b.case.openedOn)).map((sample) => sample.case.title);
    expect(list.rows.map((row) => row.title)).toEqual(titles);
    for (const row of list.rows) {
      expect(row.reference).toMatch(/^(CAFTA-DR|CTPA|PTPA)-\d{4}-\d{3}$/);
      expect(row.sample).toBe(true);
      const detail = test.call('cases.get', { id: row.id });
      expect(detail.case.sample).toBe(true);
      const sample = SAMPLE_CASEBOOK.find((candidate) => candidate.case.title === row.title);
      expect(detail.events.map((event) => [event.type, event.date])).toEqual(sample?.events.map((event) => [event.type, event.date]));
    }
  });

  it('loads the summaries in the language the user chose, English until one is chosen', async () => {
    const summaries = () => test.db.prepare('SELECT summary FROM cases WHERE sample = 1 ORDER BY opened_on').pluck().all();
    const byOpening = [...SAMPLE_CASEBOOK].sort((a, b) => a.case.openedOn.localeCompare(b.case.openedOn));
    test.call('demo.load', {});
    expect(summaries()).toEqual(byOpening.map((sample) => sample.summary.en));

    const spanish = await openTestDatabase();
    try {
      spanish.call('settings.update', { locale: 'es' });
      spanish.call('demo.load', {});
      expect(spanish.db.prepare('SELECT summary FROM cases WHERE sample = 1 ORDER BY opened_on').pluck().all()).toEqual(
        byOpening.map((sample) => sample.summary.es),
      );
    } finally {
      spanish.close();
    }
    // The language on screen wins over the settings (a user who never chose one sees the browser's).
    const shown = await openTestDatabase();
    try {
      shown.call('demo.load', { locale: 'es' });
      expect(shown.db.prepare('SELECT summary FROM cases WHERE sample = 1 ORDER BY opened_on').pluck().all()).toEqual(
        byOpening.map((sample) => sample.summary.es),
      );
    } finally {
      shown.close();
    }
  });

  it('keeps the user’s own cases unmarked beside the samples', () => {
    test.call('demo.load', {});
    const own = test.call('cases.create', { agreement: 'us-peru-tpa', kind: 'dispute', title: 'Own case', complainant: 'USA', respondent: 'PER' });
    expect(own.sample).toBe(false);
    const rows = test.call('cases.list', { text: 'Own case' }).rows;
    expect(rows.map((row) => [row.title, row.sample])).toEqual([['Own case', false]]);
  });

  it('answers conflict when the casebook is already loaded, changing nothing', () => {
    test.call('demo.load', {});
    const before = snapshot(test.db);
    expect(test.dispatch('demo.load', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(test.db)).toBe(before);
  });
});

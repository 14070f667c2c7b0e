// The sample casebook's meetings: loaded by demo.load as samples, through the
// audited path, with only the facts the research verified (sampleMeetings.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../shared/domain/dates';
import { isBodyOf } from '../../shared/meetings/domain';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { SAMPLE_MEETINGS } from './sampleMeetings';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  test.call('demo.load', { locale: 'es' });
});
afterAll(() => test.close());

function meetingOf(agreement: string, body: string, number: number) {
  const row = test.call('meetings.list', { limit: 500 }).rows.find((candidate) => candidate.agreement === agreement && candidate.body === body && candidate.number === number);
  if (row === undefined) throw new Error(`no sample meeting ${agreement} ${body} ${number}`);
  return test.call('meetings.get', { id: row.id });
}

describe('the sample meetings', () => {
  it('are each a meeting of a body of its agreement, on full dates, held, marked as samples, and recorded in the history', () => {
    for (const sample of SAMPLE_MEETINGS) {
      expect(isBodyOf(sample.agreement, sample.body), `${sample.agreement} ${sample.body}`).toBe(true);
      expect(isCalendarDate(sample.startsOn)).toBe(true);
      if (sample.endsOn !== undefined) expect(sample.endsOn > sample.startsOn).toBe(true);
    }
    const list = test.call('meetings.list', { limit: 500 });
    expect(list.total).toBe(SAMPLE_MEETINGS.length);
    expect(list.rows.every((row) => row.sample && row.status === 'held' && row.chair === null)).toBe(true);
    expect(test.db.prepare("SELECT count(*) FROM audit_log WHERE subject_type = 'meeting' AND action = 'create'").pluck().get()).toBe(SAMPLE_MEETINGS.length);
  });

  it('leave out what the sources do not date to the day', () => {
    const dates = new Set(test.call('meetings.list', { limit: 500 }).rows.map((row) => `${row.agreement} ${row.body} ${row.number ?? ''}`));
    // CAFTA-DR FTC 3rd (March 2015), US–Peru FTC 1st (February 2010) and 4th, CAFTA-DR EAC 14th (October 2021).
    for (const missing of ['cafta-dr ftc 3', 'us-peru-tpa ftc 1', 'us-peru-tpa ftc 4', 'cafta-dr environmental-affairs-council 14']) expect(dates.has(missing), missing).toBe(false);
  });

  it('hold the CAFTA-DR Commission’s first meeting with the decisions it adopted on 23 February 2011', () => {
    const first = meetingOf('cafta-dr', 'ftc', 1);
    expect(first.meeting).toMatchObject({ startsOn: '2011-02-22', endsOn: '2011-02-23', place: 'San Salvador' });
    expect(first.decisions.map((decision) => [decision.text, decision.adoptedOn])).toEqual(
      ['Appendix 4.1-B', 'Rules of origin for textile and apparel goods', 'Code of Conduct', 'Model Rules of Procedure', 'Appointment to the Rosters', 'Annex 9.1.2(b)(i)'].map((text) => [text, '2011-02-23']),
    );
    expect(first.decisions.some((decision) => decision.text.includes('Remuneration'))).toBe(false);
    expect(first.attendees).toMatchObject([{ name: 'Miriam Sapiro', party: 'USA', title: 'Deputy USTR' }]);
    expect(meetingOf('us-peru-tpa', 'ftc', 6).meeting).toMatchObject({ startsOn: '2024-02-15', place: 'Lima' });
    expect(meetingOf('us-colombia-tpa', 'ftc', 1).meeting).toMatchObject({ startsOn: '2012-11-19', place: 'Washington' });
  });

  it('write agenda items in the language on screen and link the sample matters they dealt with, recording no Commission convening', () => {
    const peru = test.call('meetings.list', { agreement: 'us-peru-tpa', body: 'environmental-affairs-council', year: 2019 }).rows[0];
    if (peru === undefined) throw new Error('no 2019 EAC meeting');
    const detail = test.call('meetings.get', { id: peru.id });
    expect(detail.agenda[0]?.title).toBe('Consultas sobre el OSINFOR (art. 18.12)');
    const linked = test.call('cases.get', { id: detail.agenda[0]?.caseId ?? '' });
    expect(linked.case.title).toMatch(/First-Ever Environment Consultations/);
    expect(test.db.prepare("SELECT count(*) FROM case_events WHERE type = 'commission_convened'").pluck().get()).toBe(
      test.db.prepare("SELECT count(*) FROM case_events WHERE type = 'commission_convened' AND id NOT IN (SELECT event_id FROM meeting_case_events)").pluck().get(),
    );
    expect(test.db.prepare('SELECT count(*) FROM meeting_case_events').pluck().get()).toBe(0);
  });
});

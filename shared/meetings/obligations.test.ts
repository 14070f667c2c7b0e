import { describe, expect, it } from 'vitest';
import { AGREEMENTS } from '../reference/agreements';
import { MEETING_OBLIGATIONS, obligationStatus, type MeetingObligation } from './obligations';

const ftc: MeetingObligation = MEETING_OBLIGATIONS.find((entry) => entry.agreement === 'cafta-dr' && entry.body === 'ftc')!;

describe('MEETING_OBLIGATIONS', () => {
  it('holds the Commission, the agricultural trade committee and the environmental council of each agreement, with their articles', () => {
    expect(MEETING_OBLIGATIONS.map((entry) => `${entry.body}: ${entry.article}`)).toEqual([
      'ftc: CAFTA-DR Art. 19.1.5–19.1.6',
      'agricultural-trade-committee: CAFTA-DR Art. 3.19',
      'environmental-affairs-council: CAFTA-DR Art. 17.5',
      'ftc: US–Colombia TPA Art. 20.1.7',
      'agricultural-trade-committee: US–Colombia TPA Art. 2.21',
      'environmental-affairs-council: US–Colombia TPA Art. 18.6',
      'ftc: US–Peru TPA Art. 20.1.7',
      'agricultural-trade-committee: US–Peru TPA Art. 2.21',
      'environmental-affairs-council: US–Peru TPA Art. 18.6',
    ]);
  });

  it('claims only what the reference entry of each body records, with its verification flag', () => {
    for (const obligation of MEETING_OBLIGATIONS) {
      const body = AGREEMENTS.find((info) => info.id === obligation.agreement)!.bodies.find((entry) => entry.id === obligation.body)!;
      expect(body.note?.en).toMatch(/at least once a year|annually/);
      expect(obligation.verified).toBe(body.verified);
    }
  });
});

describe('obligationStatus', () => {
  const none = { held: [], planned: [] };

  it('has nothing due and no year flagged where no held meeting is recorded', () => {
    expect(obligationStatus(ftc, none, '2026-06-01')).toMatchObject({ lastHeldOn: null, nextDueOn: null, overdue: false, yearsWithout: [] });
  });

  it('makes the next meeting due a year after the last held one, overdue the day after', () => {
    const meetings = { held: ['2024-03-10', '2025-05-14'], planned: [] };
    expect(obligationStatus(ftc, meetings, '2026-05-14')).toMatchObject({ lastHeldOn: '2025-05-14', nextDueOn: '2026-05-14', overdue: false });
    expect(obligationStatus(ftc, meetings, '2026-05-15')).toMatchObject({ nextDueOn: '2026-05-14', overdue: true });
  });

  it('counts from the last meeting held by today, not one entered as held for a later day', () => {
    expect(obligationStatus(ftc, { held: ['2025-01-10', '2026-09-01'], planned: [] }, '2026-06-01')).toMatchObject({ lastHeldOn: '2025-01-10', overdue: true });
  });

  it('flags each whole year since the first held meeting with none held, not the year under way', () => {
    const status = obligationStatus(ftc, { held: ['2011-02-22', '2012-03-01', '2015-06-01'], planned: [] }, '2018-01-05');
    expect(status.yearsWithout).toEqual([2013, 2014, 2016, 2017]);
  });

  it('answers the first planned meeting from today on', () => {
    expect(obligationStatus(ftc, { held: ['2025-05-14'], planned: ['2026-09-01', '2026-01-01', '2026-07-01'] }, '2026-06-01').plannedOn).toBe('2026-07-01');
  });

  it('makes a meeting held on 29 February due on 28 February the next year', () => {
    expect(obligationStatus(ftc, { held: ['2024-02-29'], planned: [] }, '2024-06-01').nextDueOn).toBe('2025-02-28');
  });
});

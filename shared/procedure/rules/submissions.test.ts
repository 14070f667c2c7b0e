// One test per rule for submissions on environmental enforcement matters
// (CAFTA-DR Art. 17.7–17.8; TPA Art. 18.8–18.9), run through the engine for
// each agreement, each naming its article; then a whole submission through
// to a published factual record (issue 5 §3). Expected dates are worked out
// by hand from the calendar, never with the code under test.
import { describe, expect, it } from 'vitest';
import type { AgreementId } from '../../domain/agreements';
import type { EventType } from '../../events/domain';
import type { Counting, EventRef, TimeLimit } from '../../domain/limits';
import type { Stage } from '../../domain/stages';
import { computeProcedure, type ProcedureEvent, type ProcedureResult } from '../engine';
import { limitView } from '../status';
import { submissionRules } from './submissions';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

function refOf(event: ProcedureEvent): EventRef {
  return { eventId: event.id, type: event.type, date: event.date };
}

function counted(base: string, days: number): Counting {
  return { base, basis: 'event', baseRule: null, days, dayAfter: false };
}

type Citations = Readonly<{ response: string; comments: string; publication: string }>;

/** Citations per domain-facts §5b and §6.2. */
const AGREEMENTS: readonly (readonly [AgreementId, string, Citations])[] = [
  ['cafta-dr', 'CAFTA-DR', { response: '17.7.5', comments: '17.8.5', publication: '17.8.7' }],
  ['us-colombia-tpa', 'US–Colombia TPA', { response: '18.8.5', comments: '18.9.5', publication: '18.9.7' }],
  ['us-peru-tpa', 'US–Peru TPA', { response: '18.8.5', comments: '18.9.5', publication: '18.9.7' }],
];

const FILED = ev('sf', 'submission_filed', '2025-03-03');
const RESPONSE_REQUESTED = ev('rr', 'secretariat_response_requested', '2025-04-10');
const DRAFT = ev('dr', 'draft_factual_record_submitted', '2025-09-01');
const FINAL_RECORD = ev('fr', 'final_factual_record_submitted', '2025-11-03');

describe.each(AGREEMENTS)('%s environment submission rules', (agreement, name, cite) => {
  const art = (paragraph: string): string => `${name} Art. ${paragraph}`;
  const id = (step: string): string => `${agreement}.${step}`;

  function run(events: readonly ProcedureEvent[]): ProcedureResult {
    return computeProcedure({ agreement, kind: 'environment_submission', perishable: false, status: 'open', events });
  }

  function limitOf(events: readonly ProcedureEvent[], step: string): TimeLimit {
    const limits = run(events).limits;
    const found = limits.find((limit) => limit.rule === id(step));
    if (found === undefined) throw new Error(`No limit for ${id(step)} in ${limits.map((limit) => limit.rule).join(', ')}`);
    return found;
  }

  const tested = new Set<string>();
  function ruleTest(paragraph: string, step: string, body: () => void): void {
    tested.add(id(step));
    it(`${art(paragraph)}: ${id(step)}`, body);
  }

  ruleTest(cite.response, 'submission-response', () => {
    // 10 Apr + 45: 30 Apr (20), 25 May (45).
    const limit = limitOf([FILED, RESPONSE_REQUESTED], 'submission-response');
    expect(limit).toMatchObject({
      article: art(cite.response),
      kind: 'deadline',
      date: '2025-05-25',
      days: 45,
      extended: false,
      agreeable: false,
      resolution: 'pending',
    });
    expect(limit.counting).toEqual(counted('2025-04-10', 45));
    expect(limit.from).toEqual(refOf(RESPONSE_REQUESTED));
    const inTime = limitOf([FILED, RESPONSE_REQUESTED, ev('pr', 'party_response_delivered', '2025-05-20')], 'submission-response');
    expect(inTime).toMatchObject({ resolution: 'met', metBy: { eventId: 'pr', type: 'party_response_delivered', date: '2025-05-20' } });
    const late = limitOf([FILED, RESPONSE_REQUESTED, ev('pr', 'party_response_delivered', '2025-06-05')], 'submission-response');
    expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
  });

  it(`${art(cite.response)}: exceptional circumstances notified within the 45 days give 60 days; notified after, they do not`, () => {
    // 10 Apr + 60: 30 Apr (20), 31 May (51), 9 Jun (60).
    const response = ev('pr', 'party_response_delivered', '2025-06-05');
    const notified = ev('rx', 'response_extension_notified', '2025-05-20');
    const extended = limitOf([FILED, RESPONSE_REQUESTED, notified, response], 'submission-response');
    expect(extended).toMatchObject({ date: '2025-06-09', days: 60, extended: true, resolution: 'met' });
    expect(extended.counting).toEqual(counted('2025-04-10', 60));
    // Notified on the 45th day itself: still within the 45 days.
    const lastDay = limitOf([FILED, RESPONSE_REQUESTED, ev('rx', 'response_extension_notified', '2025-05-25')], 'submission-response');
    expect(lastDay).toMatchObject({ date: '2025-06-09', extended: true });
    // Notified on day 46: too late to extend, so the response of 5 Jun is late.
    const tooLate = limitOf([FILED, RESPONSE_REQUESTED, ev('rx', 'response_extension_notified', '2025-05-26'), response], 'submission-response');
    expect(tooLate).toMatchObject({ date: '2025-05-25', days: 45, extended: false, resolution: 'late', reason: 'after_deadline' });
  });

  ruleTest(cite.comments, 'draft-record-comments', () => {
    // 1 Sep + 45: 30 Sep (29), 16 Oct (45).
    const limit = limitOf([DRAFT], 'draft-record-comments');
    expect(limit).toMatchObject({ article: art(cite.comments), kind: 'deadline', date: '2025-10-16', days: 45, resolution: 'pending' });
    expect(limit.counting).toEqual(counted('2025-09-01', 45));
    expect(limit.from).toEqual(refOf(DRAFT));
    expect(limitOf([DRAFT, ev('dc', 'draft_comments_delivered', '2025-10-16')], 'draft-record-comments')).toMatchObject({ resolution: 'met' });
    const late = limitOf([DRAFT, ev('dc', 'draft_comments_delivered', '2025-10-20')], 'draft-record-comments');
    expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    // "Any Party may provide comments": a window. Unused, it closes rather than falling overdue.
    expect(limitView(limit, '2025-10-20')).toMatchObject({ status: 'not_applicable', daysLeft: -4 });
    expect(limitOf([DRAFT, FINAL_RECORD], 'draft-record-comments').resolution).toBe('not_applicable');
  });

  ruleTest(cite.publication, 'factual-record-publication', () => {
    // "normally within 60 days following its submission": 3 Nov + 60 = 30 Nov (27), 31 Dec (58), 2 Jan 2026 (60).
    const limit = limitOf([FINAL_RECORD], 'factual-record-publication');
    expect(limit).toMatchObject({ article: art(cite.publication), kind: 'target', date: '2026-01-02', days: 60, resolution: 'pending' });
    expect(limit.counting).toEqual(counted('2025-11-03', 60));
    expect(limit.from).toEqual(refOf(FINAL_RECORD));
    expect(limitView(limit, '2025-12-20')).toMatchObject({ status: 'upcoming', daysLeft: 13 });
    expect(limitView(limit, '2026-01-02')).toMatchObject({ status: 'due_today', daysLeft: 0 });
    expect(limitView(limit, '2026-01-10')).toMatchObject({ status: 'past_target', daysLeft: -8 });
    // A normal time, never a hard deadline: not overdue however long it runs.
    for (const today of ['2026-01-03', '2026-03-01', '2027-06-30']) {
      expect(limitView(limit, today).status).toBe('past_target');
    }
    const published = limitOf([FINAL_RECORD, ev('pb', 'factual_record_published', '2025-12-20')], 'factual-record-publication');
    expect(published).toMatchObject({ resolution: 'met', metBy: { eventId: 'pb' } });
    // Published after the normal time: met, not late, since the treaty sets no deadline.
    const afterTarget = limitOf([FINAL_RECORD, ev('pb', 'factual_record_published', '2026-01-15')], 'factual-record-publication');
    expect(afterTarget).toMatchObject({ resolution: 'met', reason: null });
    expect(limitView(afterTarget, '2026-02-01').status).toBe('met');
  });

  it('tracks a whole submission from filing to the published factual record', () => {
    const steps: readonly (readonly [ProcedureEvent, Stage])[] = [
      [FILED, 'submission'],
      [RESPONSE_REQUESTED, 'submission'],
      [ev('rx', 'response_extension_notified', '2025-05-20'), 'submission'],
      [ev('pr', 'party_response_delivered', '2025-06-05'), 'submission'],
      [ev('fm', 'factual_record_recommended', '2025-07-01'), 'factual_record'],
      [ev('fi', 'factual_record_instructed', '2025-07-20'), 'factual_record'],
      [DRAFT, 'factual_record'],
      [ev('dc', 'draft_comments_delivered', '2025-10-10'), 'factual_record'],
      [FINAL_RECORD, 'factual_record'],
      [ev('pb', 'factual_record_published', '2025-12-20'), 'factual_record'],
    ];
    const events = steps.map(([event]) => event);
    expect(steps.map((_, index) => run(events.slice(0, index + 1)).stage)).toEqual(steps.map(([, stage]) => stage));
    const result = run(events);
    expect(result.limits.map((limit) => [limit.rule, limit.article, limit.date, limit.resolution, limit.extended])).toEqual([
      [id('submission-response'), art(cite.response), '2025-06-09', 'met', true],
      [id('draft-record-comments'), art(cite.comments), '2025-10-16', 'met', false],
      [id('factual-record-publication'), art(cite.publication), '2026-01-02', 'met', false],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it(`has a test above for every ${name} submission rule`, () => {
    expect([...tested].sort()).toEqual(submissionRules(agreement).map((rule) => rule.id).sort());
  });
});

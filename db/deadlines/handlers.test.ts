import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpcomingCounts, UpcomingLimit } from '../../shared/deadlines/api';
import type { TimeLimit } from '../../shared/domain/limits';
import { addCalendarDays } from '../../shared/procedure/calendar';
import { DUE_SOON_DAYS, isWindow, limitView } from '../../shared/procedure/status';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

const TODAY = '2026-03-10'; // openTestDatabase's clock

describe('deadlines.upcoming', () => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await openTestDatabase();
  });
  afterEach(() => test.close());

  it('lists pending limits of open cases up to the horizon, overdue first, by date', () => {
    const early = test.call('cases.create', caseInput({ title: 'Early', perishable: true }));
    const late = test.call('cases.create', caseInput({ title: 'Late' }));
    const closed = test.call('cases.create', caseInput({ title: 'Closed', status: 'closed' }));
    test.call('events.add', { caseId: early.id, type: 'consultations_requested', date: '2026-02-01' });
    test.call('events.add', { caseId: late.id, type: 'consultations_requested', date: '2026-03-05' });
    test.call('events.add', { caseId: closed.id, type: 'consultations_requested', date: '2026-03-05' });

    const { today, items, counts, truncated } = test.call('deadlines.upcoming', { withinDays: 30 });
    expect(today).toBe(TODAY);
    expect(items.length).toBeGreaterThan(0);
    expect(counts.total).toBe(items.length);
    expect(truncated).toBe(false);
    expect(items.some((item) => item.caseId === closed.id)).toBe(false);
    // By date, openings already open after the rest.
    const due = items.filter((item) => item.limit.status !== 'open');
    const open = items.filter((item) => item.limit.status === 'open');
    expect(items).toEqual([...due, ...open]);
    for (const part of [due, open]) expect(part.map((item) => item.limit.date)).toEqual(part.map((item) => item.limit.date).sort());
    for (const item of items) {
      expect(item.limit.resolution).toBe('pending');
      expect(item.limit.date <= '2026-04-09').toBe(true);
      expect(['upcoming', 'due_today', 'overdue', 'open']).toContain(item.limit.status);
    }
    // CAFTA-DR Art. 20.4.4: perishable-goods consultations within 15 days, overdue since 2026-02-16.
    expect(items[0]).toMatchObject({
      caseId: early.id,
      reference: early.reference,
      title: 'Early',
      agreement: 'cafta-dr',
      limit: { rule: 'cafta-dr.consultations-perishable', status: 'overdue', date: '2026-02-16' },
    });
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    // A longer horizon only adds later limits.
    const wider = test.call('deadlines.upcoming', { withinDays: 120 }).items;
    expect(wider.length).toBeGreaterThan(items.length);
    expect(wider.slice(0, due.length)).toEqual(due);
    expect(wider).toEqual(expect.arrayContaining([...items]));
  });

  it('defaults to 30 days and leaves out limits that were met', () => {
    const created = test.call('cases.create', caseInput({ perishable: true }));
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-01' });
    const rules = () => test.call('deadlines.upcoming', {}).items.map((item) => item.limit.rule);
    expect(rules()).toContain('cafta-dr.consultations-perishable');
    test.call('events.add', { caseId: created.id, type: 'consultations_held', date: '2026-03-09' });
    expect(rules()).not.toContain('cafta-dr.consultations-perishable');
  });

  it('answers an empty list and zero counts for an empty database', () => {
    expect(test.call('deadlines.upcoming', { withinDays: 0 })).toEqual({
      today: TODAY,
      items: [],
      counts: { total: 0, overdue: 0, dueSoon: 0, open: 0, pastTarget: 0, later: 0 },
      truncated: false,
    });
  });

  it('refuses a limit outside 1–200 by field', () => {
    for (const limit of [0, 201, 2.5]) {
      const response = test.dispatch('deadlines.upcoming', { limit });
      expect(response.ok).toBe(false);
      if (!response.ok) expect(Object.keys(response.error.fields ?? {})).toEqual(['limit']);
    }
  });
});

/** All of it in TypeScript from every stored row: what the bounded SQL must agree with. */
function unboundedReference(test: TestDatabase, withinDays: number): { items: UpcomingLimit[]; counts: UpcomingCounts } {
  const horizon = addCalendarDays(TODAY, withinDays);
  const rows = test.db
    .prepare(
      `SELECT c.id AS caseId, c.reference, c.title, c.agreement, c.status, l.position, l.detail
         FROM case_limits AS l JOIN cases AS c ON c.id = l.case_id`,
    )
    .all() as (Omit<UpcomingLimit, 'limit'> & { status: string; position: number; detail: string })[];
  const live = rows
    .map((row) => ({ row, limit: limitView(JSON.parse(row.detail) as TimeLimit, TODAY) }))
    .filter(({ row, limit }) => row.status === 'open' && limit.resolution === 'pending' && limit.date <= horizon)
    .filter(({ limit }) => limit.status !== 'not_applicable' && limit.status !== 'met')
    // Openings already open come after everything else (db/deadlines/queries.ts), each part by date.
    .sort(
      (a, b) =>
        Number(a.limit.status === 'open') - Number(b.limit.status === 'open') ||
        a.limit.date.localeCompare(b.limit.date) ||
        a.row.reference.localeCompare(b.row.reference) ||
        a.row.position - b.row.position,
    );
  const counts = { total: live.length, overdue: 0, dueSoon: 0, open: 0, pastTarget: 0, later: 0 };
  for (const { limit } of live) {
    if (limit.status === 'overdue') counts.overdue += 1;
    else if (limit.status === 'open') counts.open += 1;
    else if (limit.status === 'past_target') counts.pastTarget += 1;
    else if (limit.kind !== 'opening' && limit.daysLeft >= 0 && limit.daysLeft <= DUE_SOON_DAYS) counts.dueSoon += 1;
    else counts.later += 1;
  }
  const items = live.map(({ row, limit }) => ({ caseId: row.caseId, reference: row.reference, title: row.title, agreement: row.agreement, limit }));
  return { items, counts };
}

describe('deadlines.upcoming over a casebook of many limits', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase();
    // Sixty open disputes whose consultations were requested every three days
    // since September: overdue deadlines, openings long open, lapsed windows
    // (joining consultations, CAFTA-DR Art. 20.4.3) and limits yet to come.
    for (let index = 0; index < 60; index += 1) {
      const created = test.call(
        'cases.create',
        caseInput({ title: `Open dispute ${index}`, perishable: index % 4 === 0, agreement: index % 3 === 0 ? 'us-peru-tpa' : 'cafta-dr', complainant: index % 3 === 0 ? 'USA' : 'CRI', respondent: index % 3 === 0 ? 'PER' : 'SLV' }),
      );
      test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: addCalendarDays('2025-09-01', index * 3) });
    }
    // The window to join consultations (7 days, Art. 20.4.3): still open, and closing today.
    for (const requested of ['2026-03-08', '2026-03-03']) {
      const recent = test.call('cases.create', caseInput({ title: `Open dispute, requested ${requested}` }));
      test.call('events.add', { caseId: recent.id, type: 'consultations_requested', date: requested });
    }
    // Perishable goods (CAFTA-DR Art. 20.4.4, 15 days): consultations due today and on the last day of "soon".
    for (const requested of ['2026-02-23', '2026-03-02']) {
      const perishable = test.call('cases.create', caseInput({ title: `Open dispute, perishable, ${requested}`, perishable: true }));
      test.call('events.add', { caseId: perishable.id, type: 'consultations_requested', date: requested });
    }
    // Factual records (CAFTA-DR Art. 17.8.7): past their normal time, normally today, soon and later.
    for (const submitted of ['2025-12-01', '2026-01-09', '2026-01-12', '2026-01-25']) {
      const created = test.call('cases.create', { agreement: 'cafta-dr', kind: 'environment_submission', title: `Submission ${submitted}`, submitter: 'PRETOMA', respondent: 'CRI' });
      test.call('events.add', { caseId: created.id, type: 'final_factual_record_submitted', date: submitted });
    }
    // Suspended and closed cases with the same kind of limits: none of them count.
    for (const status of ['suspended', 'suspended', 'closed', 'withdrawn'] as const) {
      const created = test.call('cases.create', caseInput({ title: `Not open (${status})`, status }));
      test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-01-20' });
    }
  });
  afterAll(() => test.close());

  it('exercises every exclusion: lapsed windows, suspended and closed cases', () => {
    const rows = test.db
      .prepare(`SELECT c.status, l.detail FROM case_limits AS l JOIN cases AS c ON c.id = l.case_id WHERE l.resolution = 'pending'`)
      .all() as { status: string; detail: string }[];
    const views = rows.map((row) => ({ status: row.status, limit: limitView(JSON.parse(row.detail) as TimeLimit, TODAY) }));
    expect(views.some(({ status, limit }) => status === 'open' && isWindow(limit) && limit.status === 'not_applicable')).toBe(true);
    expect(views.some(({ status, limit }) => status === 'open' && isWindow(limit) && limit.date >= TODAY)).toBe(true);
    expect(views.some(({ status, limit }) => status === 'suspended' && limit.date <= TODAY)).toBe(true);
    // The boundaries of the buckets: a window, a deadline, a target and an opening dated today.
    expect(views.some(({ status, limit }) => status === 'open' && limit.kind === 'target' && limit.date === TODAY)).toBe(true);
    expect(views.some(({ status, limit }) => status === 'open' && isWindow(limit) && limit.date === TODAY)).toBe(true);
    expect(views.some(({ status, limit }) => status === 'open' && limit.kind === 'deadline' && limit.date === TODAY)).toBe(true);
    expect(views.some(({ status, limit }) => status === 'open' && limit.kind === 'opening' && limit.date === TODAY)).toBe(true);
    expect(views.some(({ status, limit }) => status === 'open' && limit.kind === 'deadline' && limit.daysLeft === DUE_SOON_DAYS)).toBe(true);
    expect(views.filter(({ status }) => status === 'closed' || status === 'withdrawn')).toEqual([]);
  });

  it.each([
    [30, 50],
    [30, 7],
    [0, 200],
    [366, 200],
    [366, 1],
  ])('withinDays %i, limit %i: the first of the unbounded list, counted over all of it', (withinDays, limit) => {
    const reference = unboundedReference(test, withinDays);
    const answer = test.call('deadlines.upcoming', { withinDays, limit });
    expect(answer.items).toEqual(reference.items.slice(0, limit));
    expect(answer.counts).toEqual(reference.counts);
    expect(answer.truncated).toBe(reference.items.length > limit);
  });

  it('is bounded by default: the 50 most urgent of more', () => {
    const answer = test.call('deadlines.upcoming', {});
    expect(answer.items).toHaveLength(50);
    expect(answer.truncated).toBe(true);
    expect(answer.counts.total).toBeGreaterThan(50);
    const { overdue, dueSoon, open, pastTarget, later } = answer.counts;
    expect(overdue + dueSoon + open + pastTarget + later).toBe(answer.counts.total);
    // Every bucket has something in it, so each SQL condition is checked against the reference.
    expect(Math.min(overdue, dueSoon, open, pastTarget, later)).toBeGreaterThan(0);
    expect(answer.items.every((item) => item.title.startsWith('Open dispute') || item.title.startsWith('Submission'))).toBe(true);
  });
});

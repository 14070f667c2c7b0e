import { describe, expect, it } from 'vitest';
import type { AgreementId } from '../domain/agreements';
import type { CaseKind, CaseStatus, Claim } from '../cases/domain';
import type { EventType } from '../events/domain';
import type { TimeLimit } from '../domain/limits';
import { computeProcedure, type ProcedureEvent, type ProcedureResult } from './engine';

function ev(id: string, type: EventType, date: string, scheduled = false): ProcedureEvent {
  return { id, type, date, scheduled };
}

type Options = Readonly<{ agreement?: AgreementId; kind?: CaseKind; status?: CaseStatus; perishable?: boolean; claims?: readonly Claim[] }>;

function run(events: readonly ProcedureEvent[], options: Options = {}): ProcedureResult {
  return computeProcedure({
    agreement: options.agreement ?? 'cafta-dr',
    kind: options.kind ?? 'dispute',
    perishable: options.perishable ?? false,
    status: options.status ?? 'open',
    events,
    claims: options.claims ?? [],
  });
}

function byRule(result: ProcedureResult, rule: string): TimeLimit {
  const found = result.limits.find((limit) => limit.rule === rule);
  if (found === undefined) throw new Error(`No limit for ${rule}`);
  return found;
}

const GOODS_BREACH: readonly Claim[] = [{ provision: '3.3.2', finding: 'non_conformity' }];

const THROUGH_FINAL_REPORT = [
  ev('c1', 'consultations_requested', '2025-03-03'),
  ev('m1', 'commission_meeting_requested', '2025-05-05'),
  ev('v1', 'commission_convened', '2025-05-14'),
  ev('p1', 'panel_requested', '2025-06-16'),
  ev('ch', 'panel_chair_selected', '2025-06-27'),
  ev('pc', 'panel_composed', '2025-07-10'),
  ev('ir', 'initial_report_issued', '2025-11-03'),
  ev('fr', 'final_report_issued', '2025-12-01'),
];

describe('computeProcedure: cases that have ended', () => {
  it.each(['resolved', 'withdrawn', 'closed'] as const)('a %s case has nothing pending; what was met stays met', (status) => {
    const open = run(THROUGH_FINAL_REPORT, { claims: GOODS_BREACH });
    const ended = run(THROUGH_FINAL_REPORT, { status, claims: GOODS_BREACH });
    expect(open.limits.filter((limit) => limit.resolution === 'pending').map((limit) => limit.rule)).toEqual([
      'cafta-dr.final-report-publication',
      'cafta-dr.compensation',
      'cafta-dr.suspension-notice',
    ]);
    expect(ended.limits.some((limit) => limit.resolution === 'pending')).toBe(false);
    expect(byRule(ended, 'cafta-dr.final-report-publication')).toMatchObject({ date: '2025-12-16', resolution: 'not_applicable' });
    expect(byRule(ended, 'cafta-dr.final-report')).toMatchObject({ date: '2025-12-03', resolution: 'met' });
  });

  it('shows a resolved case as resolved, and a withdrawn or closed one where it stopped', () => {
    expect(run(THROUGH_FINAL_REPORT, { status: 'resolved' }).stage).toBe('resolved');
    expect(run(THROUGH_FINAL_REPORT, { status: 'withdrawn' }).stage).toBe('final_report');
    expect(run(THROUGH_FINAL_REPORT, { status: 'closed' }).stage).toBe('final_report');
  });

  it('ends the periods running when a resolution is agreed, but not those started later', () => {
    const resolved = [...THROUGH_FINAL_REPORT, ev('ra', 'resolution_agreed', '2025-12-20')];
    const result = run(resolved, { claims: GOODS_BREACH });
    expect(result.stage).toBe('resolved');
    expect(byRule(result, 'cafta-dr.compensation').resolution).toBe('not_applicable');
    // Publication was due on 16 Dec, before the resolution of 20 Dec: it stays missed.
    expect(byRule(result, 'cafta-dr.final-report-publication').resolution).toBe('missed');
    // Art. 20.16.2(b): the agreed resolution is not observed, so suspension is
    // notified; that notice is no premature use of Art. 20.16.2(a).
    const breached = run([...resolved, ev('sn', 'suspension_notified', '2026-01-10')], { claims: GOODS_BREACH });
    expect(breached.stage).toBe('suspension');
    expect(byRule(breached, 'cafta-dr.suspension-effect')).toMatchObject({ date: '2026-02-09', resolution: 'pending' });
    expect(byRule(breached, 'cafta-dr.suspension-notice').resolution).toBe('not_applicable');
    expect(byRule(breached, 'cafta-dr.compensation').resolution).toBe('not_applicable');
  });

  it('ends the panel-request opening once a resolution is agreed in consultations', () => {
    const result = run([
      ev('c1', 'consultations_requested', '2025-03-03'),
      ev('m1', 'commission_meeting_requested', '2025-03-20'),
      ev('ra', 'resolution_agreed', '2025-04-01'),
    ]);
    expect(byRule(result, 'cafta-dr.panel-request-without-commission')).toMatchObject({ date: '2025-05-18', resolution: 'not_applicable' });
    expect(result.stage).toBe('resolved');
  });
});

describe('computeProcedure: counting', () => {
  it('counts from the latest request when consultations are requested again', () => {
    const result = run([ev('c2', 'consultations_requested', '2025-04-07'), ev('c1', 'consultations_requested', '2025-03-03')]);
    // 7 Apr + 60 = 6 June; from 7 June.
    expect(byRule(result, 'cafta-dr.commission-request')).toMatchObject({
      date: '2025-06-07',
      counting: { base: '2025-04-07', basis: 'event', baseRule: null, days: 60, dayAfter: true },
    });
    expect(byRule(result, 'cafta-dr.commission-request').from.eventId).toBe('c2');
  });

  it('does not let a step from an earlier round meet a later one', () => {
    const result = run([
      ev('c1', 'consultations_requested', '2025-03-03'),
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('c2', 'consultations_requested', '2025-06-02'),
    ]);
    expect(byRule(result, 'cafta-dr.commission-request')).toMatchObject({ date: '2025-08-02', resolution: 'pending', metBy: null });
  });

  it('counts a step on the same day as the one that overtakes a limit as meeting it', () => {
    const result = run([
      ev('c1', 'consultations_requested', '2025-03-03'),
      ev('p1', 'panel_requested', '2025-05-20'),
      ev('m1', 'commission_meeting_requested', '2025-05-20'),
    ]);
    expect(byRule(result, 'cafta-dr.commission-request')).toMatchObject({ resolution: 'met', metBy: { eventId: 'm1', type: 'commission_meeting_requested', date: '2025-05-20' } });
  });

  it('ignores notes', () => {
    const plain = run([ev('c1', 'consultations_requested', '2025-03-03')]);
    const noted = run([ev('n0', 'note', '2025-01-01'), ev('c1', 'consultations_requested', '2025-03-03'), ev('n1', 'note', '2025-03-05')]);
    expect(noted).toEqual(plain);
  });

  it('refuses an event without a real calendar date', () => {
    expect(() => run([ev('c1', 'consultations_requested', '2025-02-30')])).toThrow(RangeError);
    expect(() => run([ev('c1', 'note', '3 March 2025')])).toThrow(/c1/);
  });
});

describe('computeProcedure: scheduled steps (issue 5 §4)', () => {
  it('lets a scheduled step start, meet and move nothing until it is confirmed as held', () => {
    const requested = [ev('c1', 'consultations_requested', '2025-03-03'), ev('m1', 'commission_meeting_requested', '2025-05-05')];
    const planned = run([...requested, ev('v1', 'commission_convened', '2025-05-14', true)]);
    expect(planned.stage).toBe('commission');
    expect(byRule(planned, 'cafta-dr.commission-convenes')).toMatchObject({ resolution: 'pending', metBy: null });
    expect(planned.limits.some((limit) => limit.rule === 'cafta-dr.panel-request-after-commission')).toBe(false);
    const held = run([...requested, ev('v1', 'commission_convened', '2025-05-14')]);
    expect(byRule(held, 'cafta-dr.commission-convenes').resolution).toBe('met');
    expect(byRule(held, 'cafta-dr.panel-request-after-commission').date).toBe('2025-06-14');
  });
});

describe('computeProcedure: what is wrong with the record', () => {
  it('warns about a step recorded before the step it presupposes (panel composed before any panel request)', () => {
    const result = run([ev('c1', 'consultations_requested', '2025-03-03'), ev('pc', 'panel_composed', '2025-04-01'), ev('p1', 'panel_requested', '2025-06-01')]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'out_of_order', eventId: 'pc', params: { type: 'panel_composed', date: '2025-04-01', needs: 'panel_requested' } }),
    );
    // Never recorded at all: a gap in the record, told apart from a wrong order.
    const gap = run([ev('fr', 'final_report_issued', '2025-12-01')]);
    expect(gap.warnings.map((warning) => [warning.code, warning.eventId])).toContainEqual(['prior_step_missing', 'fr']);
    // A step on the same day as its prerequisite is in order.
    const sameDay = run([ev('p1', 'panel_requested', '2025-06-01'), ev('pc', 'panel_composed', '2025-06-01'), ev('c1', 'consultations_requested', '2025-03-03')]);
    expect(sameDay.warnings.filter((warning) => warning.code === 'out_of_order')).toEqual([]);
  });

  it('has no warnings for a record in order whose steps were all in time', () => {
    expect(run(THROUGH_FINAL_REPORT, { claims: GOODS_BREACH }).warnings).toEqual([]);
  });
});

describe('computeProcedure: tracks', () => {
  it('keeps a committee matter in committee, with no limits, until consultations are requested (TPA Art. 7.7.4)', () => {
    const waiting = run([ev('n1', 'note', '2025-02-10')], { agreement: 'us-peru-tpa', kind: 'committee_matter' });
    expect(waiting).toEqual({ stage: 'committee', limits: [], warnings: [] });
    const consulting = run([ev('n1', 'note', '2025-02-10'), ev('c1', 'consultations_requested', '2025-03-03')], {
      agreement: 'us-peru-tpa',
      kind: 'committee_matter',
    });
    expect(consulting.stage).toBe('consultations');
    expect(byRule(consulting, 'us-peru-tpa.commission-request')).toMatchObject({ date: '2025-05-03', article: 'US–Peru TPA Art. 21.5.1(a)' });
  });

  it('follows a CAFTA-DR labor case from Art. 16.6 consultations into Chapter 20 and the Art. 20.17 regime', () => {
    const events = [
      ev('l1', 'labor_consultations_requested', '2025-01-15'),
      ev('lc', 'labor_council_convened', '2025-02-20'),
    ];
    const council = run(events, { kind: 'labor_consultation' });
    expect(council.stage).toBe('labor_council');
    // The Council convenes "promptly" (Art. 16.6.4): no computed limit for it.
    expect(council.limits.map((limit) => [limit.rule, limit.date, limit.resolution])).toEqual([
      ['cafta-dr.labor-to-dispute', '2025-03-17', 'pending'],
    ]);
    // Art. 20.5.2: straight to the Commission after labor consultations.
    const commission = run([...events, ev('m1', 'commission_meeting_requested', '2025-03-17')], { kind: 'labor_consultation' });
    expect(commission.stage).toBe('commission');
    expect(byRule(commission, 'cafta-dr.labor-to-dispute').resolution).toBe('met');
    expect(byRule(commission, 'cafta-dr.commission-convenes').date).toBe('2025-03-27');
    // The panel found a breach of Art. 16.2.1(a): Art. 20.17 applies, not 20.16 (Art. 20.16.9).
    const final = run([...events, ...THROUGH_FINAL_REPORT.slice(1)], {
      kind: 'labor_consultation',
      claims: [{ provision: '16.2.1(a)', finding: 'non_conformity' }],
    });
    expect(byRule(final, 'cafta-dr.enforcement-assessment')).toMatchObject({ article: 'CAFTA-DR Art. 20.17.1(a)', date: '2026-01-16' });
    expect(final.limits.some((limit) => limit.rule === 'cafta-dr.compensation')).toBe(false);
  });

  it('applies Art. 20.16 and 20.17 side by side where the panel found breaches of both kinds', () => {
    const mixed = run(THROUGH_FINAL_REPORT, {
      claims: [
        { provision: '17.2.1(a)', finding: 'non_conformity' },
        { provision: '3.3.2', finding: 'non_conformity' },
      ],
    });
    expect(byRule(mixed, 'cafta-dr.enforcement-assessment').article).toBe('CAFTA-DR Art. 20.17.1(a)');
    expect(byRule(mixed, 'cafta-dr.compensation').article).toBe('CAFTA-DR Art. 20.16.1');
  });

  it('follows a US–Colombia TPA environment case through the Council', () => {
    const events = [ev('e1', 'environment_consultations_requested', '2025-08-01'), ev('ec', 'environment_council_convened', '2025-09-10')];
    const result = run(events, { agreement: 'us-colombia-tpa', kind: 'environment_consultation' });
    expect(result.stage).toBe('environment_council');
    // 1 Aug + 60 = 30 Sep; from 1 Oct.
    expect(result.limits.map((limit) => [limit.article, limit.date])).toEqual([['US–Colombia TPA Art. 18.12.6', '2025-10-01']]);
  });

  it('has no steps and no limits for a case without events', () => {
    expect(run([])).toEqual({ stage: 'not_started', limits: [], warnings: [] });
  });
});

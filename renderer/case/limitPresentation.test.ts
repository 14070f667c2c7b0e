import { describe, expect, it } from 'vitest';
import type { TimeLimitView } from '../../shared/domain/limits';
import { badgeKey, compareLimits, limitStatusWords, limitTone, localCitation, offsetWords } from './limitPresentation';

function view(change: Partial<TimeLimitView>): TimeLimitView {
  return {
    rule: 'cafta-dr.commission-request',
    kind: 'deadline',
    title: { en: 'x', es: 'x' },
    article: 'CAFTA-DR Art. 20.5.1',
    date: '2025-05-02',
    days: 60,
    from: { eventId: 'e', type: 'consultations_requested', date: '2025-03-03' },
    counting: { base: '2025-03-03', basis: 'event', baseRule: null, days: 60, dayAfter: false },
    resolution: 'pending',
    reason: null,
    metBy: null,
    perishable: false,
    extended: false,
    agreed: null,
    agreeable: false,
    status: 'upcoming',
    daysLeft: 30,
    ...change,
  };
}

const early = { eventId: 'c', type: 'commission_meeting_requested', date: '2025-03-22' } as const;

describe('limitTone', () => {
  it('reds an overdue deadline and ambers one due within a week', () => {
    expect(limitTone(view({ status: 'overdue', daysLeft: -3 }))).toBe('overdue');
    expect(limitTone(view({ status: 'upcoming', daysLeft: 7 }))).toBe('dueSoon');
    expect(limitTone(view({ status: 'due_today', daysLeft: 0 }))).toBe('dueSoon');
    expect(limitTone(view({ status: 'upcoming', daysLeft: 8 }))).toBe('upcoming');
  });

  it('never shows an opening as overdue: once its date passes it is available', () => {
    expect(limitTone(view({ kind: 'opening', status: 'open', daysLeft: -10 }))).toBe('open');
    expect(limitTone(view({ kind: 'opening', status: 'upcoming', daysLeft: 2 }))).toBe('upcoming');
  });

  it('shows met and not-applicable limits as such', () => {
    expect(limitTone(view({ status: 'met' }))).toBe('met');
    expect(limitTone(view({ status: 'not_applicable' }))).toBe('notApplicable');
  });

  it('never gives a premature, late or missed step the tone of a met one (issue 5 §1)', () => {
    for (const status of ['premature', 'late', 'missed'] as const) expect(limitTone(view({ status }))).toBe('flagged');
  });

  it('shows a passed "normally within" target in soft amber, not as overdue (Art. 17.8.7)', () => {
    expect(limitTone(view({ kind: 'target', status: 'past_target', daysLeft: -5 }))).toBe('pastTarget');
    expect(limitTone(view({ kind: 'target', status: 'upcoming', daysLeft: 30 }))).toBe('upcoming');
  });

  it('ambers a target due within a week as the dashboard counts it (shared/procedure/status.ts limitUrgency)', () => {
    expect(limitTone(view({ kind: 'target', status: 'upcoming', daysLeft: 3 }))).toBe('dueSoon');
    expect(limitTone(view({ kind: 'target', status: 'due_today', daysLeft: 0 }))).toBe('dueSoon');
  });
});

describe('limitStatusWords', () => {
  it('counts days in the singular and plural', () => {
    expect(limitStatusWords(view({ status: 'upcoming', daysLeft: 1 }))).toEqual({ key: 'timeline.status.dueIn.one', params: { n: 1 } });
    expect(limitStatusWords(view({ status: 'overdue', daysLeft: -4 }))).toEqual({ key: 'timeline.status.overdue.other', params: { n: 4 } });
    expect(limitStatusWords(view({ kind: 'opening', status: 'open', daysLeft: -4 })).key).toBe('timeline.status.openSince.other');
    expect(limitStatusWords(view({ kind: 'opening', status: 'open', daysLeft: 0 })).key).toBe('timeline.status.opensToday');
  });

  it('gives the one-line reason of a flagged or set-aside limit', () => {
    expect(limitStatusWords(view({ status: 'premature', reason: 'before_opening' })).key).toBe('limit.reason.before_opening');
    expect(limitStatusWords(view({ status: 'late', reason: null })).key).toBe('limit.status.late');
    expect(limitStatusWords(view({ status: 'not_applicable', reason: 'barred_by_assessment' })).key).toBe('limit.reason.barred_by_assessment');
  });

  it('says when a deadline falls due today, and an opening that has just come', () => {
    expect(limitStatusWords(view({ status: 'due_today', daysLeft: 0 })).key).toBe('timeline.status.dueToday');
    expect(limitStatusWords(view({ kind: 'opening', status: 'upcoming', daysLeft: 3 }))).toEqual({ key: 'timeline.status.opensIn.other', params: { n: 3 } });
  });

  it('words a target as "normally"', () => {
    expect(limitStatusWords(view({ kind: 'target', status: 'upcoming', daysLeft: 12 }))).toEqual({ key: 'timeline.status.normallyIn.other', params: { n: 12 } });
    expect(limitStatusWords(view({ kind: 'target', status: 'upcoming', daysLeft: 1 }))).toEqual({ key: 'timeline.status.normallyIn.one', params: { n: 1 } });
    expect(limitStatusWords(view({ kind: 'target', status: 'due_today', daysLeft: 0 })).key).toBe('timeline.status.normallyToday');
    expect(limitStatusWords(view({ kind: 'target', status: 'past_target', daysLeft: -1 }))).toEqual({ key: 'timeline.status.pastTarget.one', params: { n: 1 } });
  });
});

describe('badgeKey', () => {
  it('names the fault rather than a tone', () => {
    expect(badgeKey(view({ status: 'premature' }))).toBe('limit.status.premature');
    expect(badgeKey(view({ status: 'missed' }))).toBe('limit.status.missed');
    expect(badgeKey(view({ status: 'met' }))).toBe('limit.status.met');
    expect(badgeKey(view({ kind: 'target', status: 'past_target', daysLeft: -2 }))).toBe('limit.status.past_target');
    expect(badgeKey(view({ status: 'upcoming', daysLeft: 2 }))).toBe('timeline.tone.dueSoon');
  });

  it('says why a limit no longer applies where the engine knows', () => {
    expect(badgeKey(view({ status: 'not_applicable', reason: 'barred_by_assessment' }))).toBe('limit.badge.barred');
    expect(badgeKey(view({ status: 'not_applicable', reason: 'waiting_for_determination' }))).toBe('limit.badge.waiting');
    expect(badgeKey(view({ status: 'not_applicable', reason: 'installments_unverified' }))).toBe('limit.badge.check');
    expect(badgeKey(view({ status: 'not_applicable' }))).toBe('limit.status.not_applicable');
  });
});

describe('offsetWords', () => {
  it('counts how early a premature step came, and how late a late one', () => {
    // Issue 5: a Commission meeting requested well before the 60 days had run (Art. 20.5.1).
    expect(offsetWords(view({ status: 'premature', reason: 'before_opening', metBy: early }))).toEqual({ key: 'limit.early.other', params: { n: 41 } });
    expect(offsetWords(view({ status: 'late', metBy: { ...early, date: '2025-05-03' } }))).toEqual({ key: 'limit.lateBy.one', params: { n: 1 } });
  });

  it('says nothing of days where the fault is a missing condition', () => {
    expect(offsetWords(view({ status: 'premature', reason: 'condition_missing', metBy: early }))).toBeNull();
    expect(offsetWords(view({ status: 'met', metBy: early }))).toBeNull();
  });
});

describe('localCitation', () => {
  it('names the agreement in Spanish on the Spanish screen, whatever the engine cites', () => {
    expect(localCitation('US–Peru TPA Art. 18.12.6', 'es')).toBe('APC Perú–EE. UU. Art. 18.12.6');
    expect(localCitation('US–Colombia TPA Art. 21.5.1', 'es')).toBe('APC Colombia–EE. UU. Art. 21.5.1');
    expect(localCitation('CAFTA-DR Art. 20.4.4', 'es')).toBe('CAFTA-DR Art. 20.4.4');
    expect(localCitation('US–Peru TPA Art. 18.12.6', 'en')).toBe('US–Peru TPA Art. 18.12.6');
    expect(localCitation('Annex 20.1', 'es')).toBe('Annex 20.1');
  });
});

describe('compareLimits', () => {
  it('numbers limits by date, then by article in numeric order (20.9 before 20.10)', () => {
    const at = (date: string, article: string, rule = 'r') => view({ date, article, rule });
    const limits = [
      at('2011-08-29', 'CAFTA-DR Art. 20.10.4'),
      at('2011-08-29', 'CAFTA-DR Art. 20.9.1(b)'),
      at('2011-08-16', 'CAFTA-DR Art. 20.6.3'),
      at('2011-08-29', 'CAFTA-DR Art. 20.9.1(a)'),
      at('2011-08-29', 'CAFTA-DR Art. 2.1'),
    ];
    expect([...limits].sort(compareLimits).map((limit) => `${limit.date} ${limit.article}`)).toEqual([
      '2011-08-16 CAFTA-DR Art. 20.6.3',
      '2011-08-29 CAFTA-DR Art. 2.1',
      '2011-08-29 CAFTA-DR Art. 20.9.1(a)',
      '2011-08-29 CAFTA-DR Art. 20.9.1(b)',
      '2011-08-29 CAFTA-DR Art. 20.10.4',
    ]);
  });

  it('keeps one order for the same rule run from two events (two panel requests)', () => {
    const first = view({ from: { eventId: 'a', type: 'panel_requested', date: '2025-01-01' } });
    const second = view({ from: { eventId: 'b', type: 'panel_requested', date: '2025-01-01' } });
    expect([second, first].sort(compareLimits)).toEqual([first, second]);
  });
});

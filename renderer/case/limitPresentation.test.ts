import { describe, expect, it } from 'vitest';
import type { TimeLimitView } from '../../shared/domain/limits';
import { countingParts, limitStatusWords, limitTone, localCitation } from './limitPresentation';

function view(change: Partial<TimeLimitView>): TimeLimitView {
  return {
    rule: 'cafta-dr.commission-request',
    kind: 'deadline',
    title: { en: 'x', es: 'x' },
    article: 'CAFTA-DR Art. 20.5.1',
    date: '2025-05-02',
    days: 60,
    from: { eventId: 'e', type: 'consultations_requested', date: '2025-03-03' },
    counting: '2025-03-03 + 60 days',
    resolution: 'pending',
    metBy: null,
    perishable: false,
    status: 'upcoming',
    daysLeft: 30,
    ...change,
  };
}

describe('limitTone', () => {
  it('reds an overdue deadline and ambers one due within a week', () => {
    expect(limitTone(view({ status: 'overdue', daysLeft: -3 }))).toBe('overdue');
    expect(limitTone(view({ status: 'upcoming', daysLeft: 7 }))).toBe('dueSoon');
    expect(limitTone(view({ status: 'due_today', daysLeft: 0 }))).toBe('dueSoon');
    expect(limitTone(view({ status: 'upcoming', daysLeft: 8 }))).toBe('upcoming');
  });

  it('never shows an opening as overdue: once its date passes it is available', () => {
    expect(limitTone(view({ kind: 'opening', status: 'open', daysLeft: -10 }))).toBe('open');
    expect(limitTone(view({ kind: 'opening', status: 'overdue', daysLeft: -10 }))).toBe('open');
    expect(limitTone(view({ kind: 'opening', status: 'upcoming', daysLeft: 2 }))).toBe('upcoming');
  });

  it('shows met and not-applicable limits as such', () => {
    expect(limitTone(view({ status: 'met' }))).toBe('met');
    expect(limitTone(view({ status: 'not_applicable' }))).toBe('notApplicable');
  });
});

describe('limitStatusWords', () => {
  it('counts days in the singular and plural', () => {
    expect(limitStatusWords(view({ status: 'upcoming', daysLeft: 1 }))).toEqual({ key: 'timeline.status.dueIn.one', params: { n: 1 } });
    expect(limitStatusWords(view({ status: 'overdue', daysLeft: -4 }))).toEqual({ key: 'timeline.status.overdue.other', params: { n: 4 } });
    expect(limitStatusWords(view({ kind: 'opening', status: 'open', daysLeft: -4 })).key).toBe('timeline.status.openSince.other');
    expect(limitStatusWords(view({ kind: 'opening', status: 'open', daysLeft: 0 })).key).toBe('timeline.status.opensToday');
  });
});

describe('countingParts', () => {
  it('reads the engine counting', () => {
    expect(countingParts('2025-03-03 + 60 days')).toEqual({ date: '2025-03-03', days: 60 });
    expect(countingParts('something else')).toBeNull();
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

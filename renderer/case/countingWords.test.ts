import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/history/domain';
import type { TimeLimit } from '../../shared/domain/limits';
import { translate } from '../../shared/i18n/catalog';
import { countingWords } from './countingWords';

function tools(locale: Locale) {
  return { locale, t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params), formatDate: (date: string) => date };
}

type Counted = Pick<TimeLimit, 'rule' | 'counting' | 'extended' | 'agreed'>;

const limit = (change: Partial<Counted>): Counted => ({
  rule: 'cafta-dr.commission-convenes',
  counting: { base: '2026-01-20', basis: 'event', baseRule: null, days: 10, dayAfter: false },
  extended: false,
  agreed: null,
  ...change,
});

describe('countingWords', () => {
  it('says "within N days of X" as X + N', () => {
    expect(countingWords(tools('en'), limit({}))).toBe('2026-01-20 + 10 days');
    expect(countingWords(tools('es'), limit({}))).toBe('2026-01-20 + 10 días');
  });

  it('says that a step allowed once the Parties fail within N days opens the day after (Art. 20.5.1)', () => {
    const opening = limit({ rule: 'cafta-dr.commission-request', counting: { base: '2026-10-01', basis: 'event', baseRule: null, days: 60, dayAfter: true } });
    expect(countingWords(tools('en'), opening)).toBe('2026-10-01 + 60 days; opens the day after the period ends');
    expect(countingWords(tools('es'), opening)).toBe('2026-10-01 + 60 días; se abre el día siguiente al fin del plazo');
  });

  it('names the limit counted from, for the draw by lot after the 15 days (Art. 20.9.1(b))', () => {
    const lot = limit({ rule: 'cafta-dr.panel-chair-by-lot', counting: { base: '2026-02-09', basis: 'limit', baseRule: 'cafta-dr.panel-chair', days: 3, dayAfter: false } });
    expect(countingWords(tools('en'), lot)).toBe('End of “The disputing Parties endeavor to agree on the chair”, 2026-02-09 + 3 days');
  });

  it('names the events of a "later of" count (Art. 20.16.2)', () => {
    const suspension = limit({ rule: 'cafta-dr.suspension-effect', counting: { base: '2026-12-20', basis: 'later_of', baseRule: null, days: 30, dayAfter: false } });
    expect(countingWords(tools('en'), suspension)).toBe(
      'Later of Suspension of benefits notified and Reconvened panel’s determination: 2026-12-20 + 30 days',
    );
  });

  it('says which event extended the period (exceptional circumstances, Art. 17.7.5)', () => {
    const response = limit({ rule: 'cafta-dr.submission-response', extended: true, counting: { base: '2026-01-05', basis: 'event', baseRule: null, days: 60, dayAfter: false } });
    expect(countingWords(tools('en'), response)).toBe(
      '2026-01-05 + 60 days; period extended by “Party notifies exceptional circumstances (60 days)”',
    );
  });

  it('marks a count the Parties replaced by an agreed date', () => {
    const agreed = limit({ agreed: { date: '2026-03-01', days: null, originalDate: '2026-01-30', note: '' } });
    expect(countingWords(tools('en'), agreed)).toBe('2026-01-20 + 10 days (treaty counting; the Parties agreed another date)');
  });
});

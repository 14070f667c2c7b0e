import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './dates';

describe('dates typed in Spanish', () => {
  it('reads dd/mm/aaaa as day first', () => {
    expect(parseDateInput('03/12/2026', 'es')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('3/2/2025', 'es')).toEqual({ kind: 'date', iso: '2025-02-03' });
    expect(parseDateInput(' 31-01-2025 ', 'es')).toEqual({ kind: 'date', iso: '2025-01-31' });
    expect(parseDateInput('31.01.2025', 'es')).toEqual({ kind: 'date', iso: '2025-01-31' });
  });

  it('reads a Spanish month word, with or without "de" and accents', () => {
    expect(parseDateInput('3 dic 2026', 'es')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('3 de diciembre de 2026', 'es')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('15 setiembre 2025', 'es')).toEqual({ kind: 'date', iso: '2025-09-15' });
    expect(parseDateInput('3 dec 2026', 'es')).toEqual({ kind: 'invalid' });
  });

  it('refuses a day that is not on the calendar, a two-digit year and text', () => {
    expect(parseDateInput('30/02/2025', 'es')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('12/13/2025', 'es')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('03/12/26', 'es')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('mañana', 'es')).toEqual({ kind: 'invalid' });
  });

  it('shows dd/mm/aaaa with leading zeros', () => {
    expect(formatDateInput('2026-12-03', 'es')).toBe('03/12/2026');
    expect(formatDateInput('2025-02-28', 'es')).toBe('28/02/2025');
  });
});

describe('dates typed in English', () => {
  it('reads the month as a word, day or month first', () => {
    expect(parseDateInput('3 Dec 2026', 'en')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('3 december 2026', 'en')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('Dec 3, 2026', 'en')).toEqual({ kind: 'date', iso: '2026-12-03' });
    expect(parseDateInput('Sept. 9, 2025', 'en')).toEqual({ kind: 'date', iso: '2025-09-09' });
    expect(parseDateInput('3-Mar-2025', 'en')).toEqual({ kind: 'date', iso: '2025-03-03' });
  });

  it('calls an all-number day and month ambiguous, even when only one reading is a date', () => {
    expect(parseDateInput('03/12/2026', 'en')).toEqual({ kind: 'ambiguous' });
    expect(parseDateInput('12/31/2026', 'en')).toEqual({ kind: 'ambiguous' });
  });

  it('refuses a day that is not on the calendar and an unknown month', () => {
    expect(parseDateInput('31 Apr 2025', 'en')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('29 Feb 2025', 'en')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('29 Feb 2024', 'en')).toEqual({ kind: 'date', iso: '2024-02-29' });
    expect(parseDateInput('3 dic 2026', 'en')).toEqual({ kind: 'invalid' });
  });

  it('shows the day, the short month and the year', () => {
    expect(formatDateInput('2026-12-03', 'en')).toBe('3 Dec 2026');
    // Not "Sept", which Intl's en-GB now writes: one spelling per month.
    expect(formatDateInput('2025-09-15', 'en')).toBe('15 Sep 2025');
  });
});

describe('dates in both languages', () => {
  it('read the API format YYYY-MM-DD, and nothing typed is empty', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(parseDateInput('2026-12-03', locale)).toEqual({ kind: 'date', iso: '2026-12-03' });
      expect(parseDateInput('2026-2-3', locale)).toEqual({ kind: 'date', iso: '2026-02-03' });
      expect(parseDateInput('2025-02-30', locale)).toEqual({ kind: 'invalid' });
      expect(parseDateInput('   ', locale)).toEqual({ kind: 'empty' });
    }
  });

  it('read back what they show', () => {
    for (const locale of ['en', 'es'] as const)
      for (const iso of ['2024-02-29', '2025-01-01', '2026-12-31', '2031-07-04'])
        expect(parseDateInput(formatDateInput(iso, locale), locale)).toEqual({ kind: 'date', iso });
  });

  it('leave a value that is not a date as it is', () => {
    expect(formatDateInput('', 'es')).toBe('');
    expect(formatDateInput('2025-02-30', 'en')).toBe('2025-02-30');
  });
});

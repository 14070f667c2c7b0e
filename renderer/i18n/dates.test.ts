import { describe, expect, it } from 'vitest';
import { calendarDateFormatter, dateTimeFormatter, monthFormatter } from './dates';

describe('calendarDateFormatter', () => {
  it('writes the day, the short month and the year in the UI language', () => {
    expect(calendarDateFormatter('en')('2026-12-03')).toBe('3 Dec 2026');
    expect(calendarDateFormatter('es')('2026-12-03')).toBe('3 dic 2026');
    expect(calendarDateFormatter('es')('2025-01-31')).toBe('31 ene 2025');
  });

  it('keeps the calendar day whatever the time zone (a leap day and the last day of a year)', () => {
    expect(calendarDateFormatter('en')('2024-02-29')).toBe('29 Feb 2024');
    expect(calendarDateFormatter('en')('2025-12-31')).toBe('31 Dec 2025');
    expect(calendarDateFormatter('en')('2026-01-01')).toBe('1 Jan 2026');
  });
});

describe('monthFormatter', () => {
  it('names a month for the timeline axis, with its year where asked', () => {
    expect(monthFormatter('en')(2026, 11, true)).toBe('Dec 2026');
    expect(monthFormatter('en')(2026, 0, false)).toBe('Jan');
    expect(monthFormatter('es')(2026, 11, true)).toBe('dic 2026');
    expect(monthFormatter('es')(2026, 8, false)).not.toContain('.');
  });
});

describe('dateTimeFormatter', () => {
  it('writes a moment with its date in the same words as a calendar date', () => {
    const at = new Date(2026, 11, 3, 8, 36).toISOString();
    expect(dateTimeFormatter('en')(at)).toMatch(/^3 Dec 2026, 08:36$/);
    expect(dateTimeFormatter('es')(at)).toMatch(/^3 dic 2026, 8:36$/);
  });
});

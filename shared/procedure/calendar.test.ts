import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from './calendar';

describe('calendar days', () => {
  it('adds across month ends and leap days', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2025-01-31', 30)).toBe('2025-03-02');
    expect(addCalendarDays('2024-01-31', 30)).toBe('2024-03-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2025-12-17', 15)).toBe('2026-01-01');
    // Over the 2025 US daylight-saving changes (9 March, 2 November).
    expect(addCalendarDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addCalendarDays('2025-11-01', 2)).toBe('2025-11-03');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(calendarDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(calendarDaysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addCalendarDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2025-3-1', '2025-03-02')).toThrow(RangeError);
  });
});

// Calendar-day arithmetic on YYYY-MM-DD strings. Treaty periods count calendar
// days, so dates are parsed in UTC (@date-fns/utc): the result must not move
// by a day with the official's time zone or a daylight-saving change.
import { utc } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isCalendarDate } from '../domain/dates';

// Parsed days are memoised: deadlines.upcoming views thousands of limits
// against the same today, and validating + parsing each string dominated its
// cost (bench/run.ts). date-fns never mutates a Date, so sharing is safe.
const parsedDays = new Map<string, Date>();
const MAX_CACHED_DAYS = 20_000;

function parseDay(value: string): Date {
  const cached = parsedDays.get(value);
  if (cached !== undefined) return cached;
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${value}"`);
  const parsed = parseISO(value, { in: utc });
  if (parsedDays.size >= MAX_CACHED_DAYS) parsedDays.clear();
  parsedDays.set(value, parsed);
  return parsed;
}

/** `date` plus `days` calendar days, as YYYY-MM-DD. */
export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseDay(date), days), 'yyyy-MM-dd');
}

/** `date` plus `months` calendar months (31 Jan + 1 month = 28 or 29 Feb), as YYYY-MM-DD. */
export function addCalendarMonths(date: string, months: number): string {
  return format(addMonths(parseDay(date), months), 'yyyy-MM-dd');
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

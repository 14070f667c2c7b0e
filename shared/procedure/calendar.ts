// Calendar-day arithmetic on YYYY-MM-DD strings. Treaty periods count calendar
// days, so dates are parsed in UTC (@date-fns/utc): the result must not move
// by a day with the official's time zone or a daylight-saving change.
import { utc } from '@date-fns/utc';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isCalendarDate } from '../domain/dates';

function parseDay(value: string): Date {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${value}"`);
  return parseISO(value, { in: utc });
}

/** `date` plus `days` calendar days, as YYYY-MM-DD. */
export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseDay(date), days), 'yyyy-MM-dd');
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

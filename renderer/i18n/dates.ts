// The one way the app writes a calendar date for a reader, in the UI language:
// "3 Dec 2026" in English, "3 dic 2026" in Spanish (issue 6 §1: no raw
// YYYY-MM-DD on a screen). Input fields are not written here: they take their
// own format (the form kit's date field). Calendar dates are formatted at UTC,
// so that no time zone moves them a day.
import type { Locale } from '../../shared/history/domain';

/** The Intl locale of a UI language: British English puts the day first, as Spanish does. */
export function intlTag(locale: Locale): string {
  return locale === 'es' ? 'es' : 'en-GB';
}

function atUtcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** A formatter for calendar dates (YYYY-MM-DD): 2026-12-03 → "3 Dec 2026" / "3 dic 2026". */
export function calendarDateFormatter(locale: Locale): (isoDate: string) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (isoDate) => format.format(atUtcMidnight(isoDate));
}

/** A formatter for a moment (an ISO timestamp) on the user's own clock: "3 Dec 2026, 08:36" / "3 dic 2026, 8:36". */
export function dateTimeFormatter(locale: Locale): (isoTimestamp: string) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (isoTimestamp) => format.format(new Date(isoTimestamp));
}

/**
 * A formatter for a month on an axis: "Dec", "Dec 2026" / "dic", "dic 2026".
 * `month` counts from 0 (January), as Date does. Spanish abbreviations drop
 * the full stop some ICU versions add ("sept." → "sept"): on an axis it reads
 * as clutter.
 */
export function monthFormatter(locale: Locale): (year: number, month: number, withYear: boolean) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { month: 'short', timeZone: 'UTC' });
  return (year, month, withYear) => {
    const name = format.format(new Date(Date.UTC(year, month, 1))).replace('.', '');
    return withYear ? `${name} ${year}` : name;
  };
}

// Dates as the official types and reads them, in the UI language — not in
// the browser's locale, which is what <input type="date"> follows (issue 6
// §1: a Spanish screen showed mm/dd/yyyy). The API keeps YYYY-MM-DD.
//
// Spanish: dd/mm/aaaa (03/12/2026), the way dates are written in every
// Spanish-speaking Party to these agreements.
// English: "3 Dec 2026", the month as a word. The app's users are officials
// of the United States and of Central and South American Parties, who read
// 03/12/2026 as 12 March and as 3 December respectively; a treaty deadline
// misread by nine months is the worst error this app could cause, so English
// neither shows nor accepts an all-number day/month order. It is also how
// every other date in the app is shown (LocaleContext's formatDate).
// Both languages also accept the API's own 2026-12-03 (year first is never
// ambiguous), so a date pasted from a document or an export works anywhere.
import type { Locale } from '../../shared/history/domain';
import { isCalendarDate } from '../../shared/domain/dates';

export type DateParse =
  | Readonly<{ kind: 'empty' }>
  | Readonly<{ kind: 'date'; iso: string }>
  /** Day and month both numbers, in English: 03/12/2026 could be either. */
  | Readonly<{ kind: 'ambiguous' }>
  | Readonly<{ kind: 'invalid' }>;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Month words each language accepts (lower case, without accents or a final period), by month number. */
const MONTH_WORDS: Readonly<Record<Locale, readonly (readonly string[])[]>> = {
  en: [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ],
  es: [
    ['ene', 'enero'],
    ['feb', 'febrero'],
    ['mar', 'marzo'],
    ['abr', 'abril'],
    ['may', 'mayo'],
    ['jun', 'junio'],
    ['jul', 'julio'],
    ['ago', 'agosto'],
    ['sep', 'sept', 'set', 'septiembre', 'setiembre'],
    ['oct', 'octubre'],
    ['nov', 'noviembre'],
    ['dic', 'diciembre'],
  ],
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return year >= 1000 && isCalendarDate(iso) ? iso : null;
}

function monthNumber(word: string, locale: Locale): number | null {
  const key = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const index = MONTH_WORDS[locale].findIndex((words) => words.includes(key));
  return index === -1 ? null : index + 1;
}

function result(iso: string | null): DateParse {
  return iso === null ? { kind: 'invalid' } : { kind: 'date', iso };
}

/** What the official typed, as a calendar date: "03/12/2026" (es), "3 Dec 2026" (en), or "2026-12-03" (both). */
export function parseDateInput(text: string, locale: Locale): DateParse {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };

  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (yearFirst) return result(isoOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])));

  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (numeric) {
    if (locale === 'en') return { kind: 'ambiguous' };
    return result(isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])));
  }

  // "3 Dec 2026", "3-dic-2026", "3 de diciembre de 2026", "3 Dec, 2026"
  const dayFirst = /^(\d{1,2})(?:\s+de\s+|[\s/.-]+)([\p{L}.]+)(?:,?\s+de\s+|,?[\s/.-]+)(\d{4})$/u.exec(value);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '', locale);
    return result(month === null ? null : isoOf(Number(dayFirst[3]), month, Number(dayFirst[1])));
  }

  // "Dec 3, 2026", "December 3 2026" (the US order, unambiguous with the month as a word)
  const monthFirst = /^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(value);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '', locale);
    return result(month === null ? null : isoOf(Number(monthFirst[3]), month, Number(monthFirst[2])));
  }
  return { kind: 'invalid' };
}

/** A YYYY-MM-DD date as the field shows it: "03/12/2026" (es) or "3 Dec 2026" (en). Anything else is shown as it is. */
export function formatDateInput(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null || !isCalendarDate(iso)) return iso;
  const [, year, month, day] = match;
  if (locale === 'es') return `${day}/${month}/${year}`;
  return `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
}

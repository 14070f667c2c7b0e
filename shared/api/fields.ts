// Field schemas shared by the features' input schemas: dates, ids, Parties,
// bounded text and HS codes. A check's message is a field error code
// (shared/api/errors.ts), which db/fieldErrors.ts passes on with its params.
import { z } from 'zod';
import { PARTY_CODES } from '../domain/agreements';
import { isCalendarDate } from '../domain/dates';
import { isValidHsCode } from '../domain/hsCodes';
import { freeTextProblem, normalizeFreeText, type FreeTextKind } from './freeText';

// Dates of a case record. The upper bound keeps every computed time limit
// (an event date plus at most a few hundred days) inside four-digit years,
// which the calendar and the stored YYYY-MM-DD columns rely on: an event on
// 9999-12-31 made cases.get and deadlines.upcoming fail for every case.
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2999-12-31';
export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'date_format', abort: true })
  .refine((value) => value >= EARLIEST_DATE && value <= LATEST_DATE, {
    message: 'date_range',
    params: { from: EARLIEST_DATE, to: LATEST_DATE },
  });
export const id = z.uuid({ message: 'not_id' });
export const party = z.enum(PARTY_CODES, { message: 'not_party' });

const SINGLE_LINE: FreeTextKind = { multiline: false };
/** Long text: a summary, a measure, an event's text, a note. */
export const LONG_TEXT: FreeTextKind = { multiline: true };

// Free text is normalized, then checked (shared/api/freeText.ts) before its
// length, so a title holding a NUL is refused for the NUL, not for its length.
function freeText(kind: FreeTextKind) {
  return z
    .string()
    .overwrite((value) => normalizeFreeText(value, kind))
    .superRefine((value, context) => {
      const problem = freeTextProblem(value, kind);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: value });
    });
}
/** Text that may be left empty. */
export const text = (max: number, kind: FreeTextKind = SINGLE_LINE) => freeText(kind).max(max);
/** Text that must say something: spaces around it are dropped, and nothing left is "required". */
export const requiredText = (max: number, kind: FreeTextKind = SINGLE_LINE) => freeText(kind).trim().min(1).max(max);
export const hsCode = z
  .string()
  .refine(isValidHsCode, { message: 'hs_code' });

export const emptyInput = z.object({}).strict();
export const byIdInput = z.object({ id }).strict();

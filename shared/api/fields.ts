// Field schemas shared by the features' input schemas: dates, ids, Parties,
// bounded text and HS codes. A check's message is a field error code
// (shared/api/errors.ts), which db/fieldErrors.ts passes on with its params.
import { z } from 'zod';
import { PARTY_CODES } from '../domain/agreements';
import { isCalendarDate } from '../domain/dates';
import { isValidHsCode } from '../domain/hsCodes';

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
export const text = (max: number) => z.string().max(max);
export const requiredText = (max: number) =>
  z.string().trim().min(1).max(max);
export const hsCode = z
  .string()
  .refine(isValidHsCode, { message: 'hs_code' });

export const emptyInput = z.object({}).strict();
export const byIdInput = z.object({ id }).strict();

// Field schemas shared by the features' input schemas: dates, ids, Parties,
// bounded text and HS codes, each refusing with a code the renderer translates.
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
  .refine(isCalendarDate, { message: 'Use a real calendar date written YYYY-MM-DD', abort: true })
  .refine((value) => value >= EARLIEST_DATE && value <= LATEST_DATE, {
    message: `Use a date from ${EARLIEST_DATE} to ${LATEST_DATE}`,
  });
export const id = z.uuid({ message: 'Must be a record id (UUID)' });
export const party = z.enum(PARTY_CODES, { message: `Must be one of ${PARTY_CODES.join(', ')}` });
export const text = (max: number) => z.string().max(max, { message: `At most ${max} characters` });
export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'Required' }).max(max, { message: `At most ${max} characters` });
export const hsCode = z
  .string()
  .refine(isValidHsCode, { message: 'An HS code has 2, 4, 6, 8 or 10 digits and starts with a chapter 01–97' });

export const emptyInput = z.object({}).strict();
export const byIdInput = z.object({ id }).strict();

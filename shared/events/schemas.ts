// Input schemas of the events methods.
import { z } from 'zod';
import { calendarDate, id, LONG_TEXT, text } from '../api/fields';
import { EVENT_TYPES } from './domain';

export const eventsAddInput = z
  .object({
    caseId: id,
    type: z.enum(EVENT_TYPES, { message: 'not_one_of' }),
    date: calendarDate,
    text: text(10_000, LONG_TEXT).default(''),
    // A step planned for a date ahead; it meets no limit until confirmed as held.
    scheduled: z.boolean().default(false),
  })
  .strict();

export const eventsUpdateInput = z
  .object({
    id,
    type: z.enum(EVENT_TYPES, { message: 'not_one_of' }).optional(),
    date: calendarDate.optional(),
    text: text(10_000, LONG_TEXT).optional(),
    scheduled: z.boolean().optional(),
  })
  .strict();


// Input schemas of the agreed-period methods (limits.agree / limits.unagree).
import { z } from 'zod';
import { calendarDate, id, text } from '../api/fields';

const ruleId = z.string().min(1, { message: 'Required' }).max(100, { message: 'At most 100 characters' });

export const limitsAgreeInput = z
  .object({
    caseId: id,
    rule: ruleId,
    // The agreed date, or the agreed number of days instead of the treaty's.
    date: calendarDate.optional(),
    days: z
      .int({ message: 'Must be a whole number of days' })
      .min(0, { message: 'From 0 to 3650 days' })
      .max(3650, { message: 'From 0 to 3650 days' })
      .optional(),
    note: text(2_000).default(''),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.date === undefined) === (value.days === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Give either the agreed date or the agreed number of days', path: ['date'] });
    }
  });

export const limitsUnagreeInput = z.object({ caseId: id, rule: ruleId }).strict();


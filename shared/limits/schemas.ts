// Input schemas of the agreed-period methods (limits.agree / limits.unagree).
import { z } from 'zod';
import { calendarDate, id, LONG_TEXT, text } from '../api/fields';

const ruleId = z.string().min(1).max(100);

export const limitsAgreeInput = z
  .object({
    caseId: id,
    rule: ruleId,
    // The agreed date, or the agreed number of days instead of the treaty's.
    date: calendarDate.optional(),
    days: z
      .int()
      .min(0)
      .max(3650)
      .optional(),
    note: text(2_000, LONG_TEXT).default(''),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.date === undefined) === (value.days === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'agreed_date_or_days', path: ['date'] });
    }
  });

export const limitsUnagreeInput = z.object({ caseId: id, rule: ruleId }).strict();


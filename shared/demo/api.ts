// The sample casebook, loaded on request.
import { z } from 'zod';
import { command } from '../api/method';
import { LOCALES } from '../history/domain';

// The language the summaries are written in: the one on screen (a user who
// never chose one still sees the browser's); defaults to the settings' choice.
export const demoLoadInput = z.object({ locale: z.enum(LOCALES).optional() }).strict();

export const demoApi = {
  'demo.load': command<Readonly<{ cases: number; events: number; meetings: number }>>()(demoLoadInput),
} as const;

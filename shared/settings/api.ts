// The official's name and language.
import { z } from 'zod';
import { emptyInput, requiredText } from '../api/fields';
import { command, query } from '../api/method';
import { LOCALES, type Settings } from '../history/domain';

export const settingsUpdateInput = z
  .object({
    userName: requiredText(120).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

export const settingsApi = {
  'settings.get': query<Settings>()(emptyInput),
  'settings.update': command<Settings>()(settingsUpdateInput),
} as const;

import type { Localized } from '../domain/limits';

/**
 * Messages are written as key → { en, es } so that a missing translation is a
 * type error at the line that forgot it, not a blank in the Spanish UI.
 */
export function defineMessages<const T extends Record<string, Localized>>(messages: T): T {
  return messages;
}

import type { MessageKey } from '../../shared/i18n/catalog';
import type { LocaleTools } from '../i18n/LocaleContext';

/** Message keys that come as a pair `<base>.one` / `<base>.other`. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

/**
 * Picks the singular or plural message for a count. English and Spanish need
 * only "one" and "other" (CLDR's Spanish "many" covers round millions, which
 * read correctly with the plural form), and the count is shown formatted.
 */
export function plural(
  tools: Pick<LocaleTools, 't' | 'locale' | 'formatNumber'>,
  base: PluralBase,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const category = new Intl.PluralRules(tools.locale).select(count) === 'one' ? 'one' : 'other';
  return tools.t(`${base}.${category}` as MessageKey, { ...params, count: tools.formatNumber(count) });
}

// Sorting by a code sorts by what the reader sees (issue 6: Kind sorted
// Committee, State-to-state, Environmental, Labor; Spanish statuses sorted
// Cerrado, Abierto, Resuelto): the codes of a column in the order of their
// labels in the reader's language, accents and case folded.
import type { Locale } from '../history/domain';
import { translate } from '../i18n/catalog';
import type { ListColumn } from './spec';

type CodedColumn = Extract<ListColumn, { kind: 'coded' }>;

const collators = new Map<Locale, Intl.Collator>();

function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (found === undefined) {
    found = new Intl.Collator(locale, { sensitivity: 'base' });
    collators.set(locale, found);
  }
  return found;
}

/** The column's codes in label order; codes whose labels compare equal keep the order of the codes. */
export function codesByLabel(column: CodedColumn, locale: Locale): readonly string[] {
  const compare = collator(locale).compare;
  return column.codes
    .map((code, position) => ({ code, position, label: translate(locale, column.label(code)) }))
    .sort((a, b) => compare(a.label, b.label) || a.position - b.position)
    .map((entry) => entry.code);
}

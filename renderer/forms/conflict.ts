// An edit that lost a race (the API answered `conflict`: someone saved the
// record after this form read it). Three versions of each field: `base`, what
// the form started from; `yours`, what the official has in the form; `theirs`,
// the record as stored now. The official sees, field by field, what the other
// person changed beside what they typed, and keeps their own text: a field
// only the other person changed takes their value, a field the official
// changed keeps the official's, and the next save goes on the new version.
import { sameValue } from './dirty';

export type ChangedBy = 'them' | 'you' | 'both';

export type ConflictRow<F extends string> = Readonly<{
  field: F;
  changedBy: ChangedBy;
}>;

type Values<F extends string> = Readonly<Record<F, unknown>>;
type Equal<F extends string> = (field: F, a: unknown, b: unknown) => boolean;

const defaultEqual = (_field: string, a: unknown, b: unknown) => sameValue(a, b);

/**
 * The fields that either side changed, in `fields` order. A field both sides
 * changed to the same value is no conflict and is left out.
 */
export function conflictRows<F extends string>(
  fields: readonly F[],
  base: Values<F>,
  yours: Values<F>,
  theirs: Values<F>,
  equal: Equal<F> = defaultEqual,
): ConflictRow<F>[] {
  const rows: ConflictRow<F>[] = [];
  for (const field of fields) {
    const you = !equal(field, base[field], yours[field]);
    const them = !equal(field, base[field], theirs[field]);
    if (you && them && equal(field, yours[field], theirs[field])) continue;
    if (you && them) rows.push({ field, changedBy: 'both' });
    else if (them) rows.push({ field, changedBy: 'them' });
    else if (you) rows.push({ field, changedBy: 'you' });
  }
  return rows;
}

/** The official's values on top of the stored record: what the form holds after "Keep my changes". */
export function keepYours<T extends Values<F>, F extends Extract<keyof T, string>>(
  fields: readonly F[],
  base: T,
  yours: T,
  theirs: T,
  equal: Equal<F> = defaultEqual,
): T {
  const merged: Record<string, unknown> = { ...theirs };
  for (const field of fields) if (!equal(field, base[field], yours[field])) merged[field] = yours[field];
  return merged as T;
}

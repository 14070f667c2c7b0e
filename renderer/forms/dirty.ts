// Whether a form holds anything the official would lose by leaving it: what
// it holds now, compared by value (not by object identity, and not by key
// order) with what it started from.

type Value = unknown;

/** Deep equality of plain form values: strings, numbers, booleans, null, arrays and plain objects. */
export function sameValue(a: Value, b: Value): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, Value>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, Value>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, Value>)[key], (b as Record<string, Value>)[key]));
}

/** The fields whose value differs, in the order of `current`'s keys. */
export function changedFields<T extends Readonly<Record<string, Value>>>(initial: T, current: T): (keyof T & string)[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(initial)]);
  return [...keys].filter((key) => !sameValue(initial[key], current[key]));
}

export function isDirty<T extends Readonly<Record<string, Value>>>(initial: T, current: T): boolean {
  return changedFields(initial, current).length > 0;
}

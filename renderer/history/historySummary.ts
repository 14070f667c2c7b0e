// Turns an audit entry's before/after snapshots into the list of fields that
// changed, for the history (entryWords.ts). Snapshots cross the API as `unknown`, so they
// are read defensively: anything that is not a plain object has no fields.

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(['id', 'caseId', 'version', 'createdAt', 'updatedAt', 'reference']);

export type FieldChange = Readonly<{ field: string; before: unknown; after: unknown }>;

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs between two snapshots, in the order they first appear. */
export function changedFields(before: unknown, after: unknown): readonly FieldChange[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields
    .filter((field) => !IGNORED.has(field) && !same(old[field], next[field]))
    .map((field) => ({ field, before: old[field], after: next[field] }));
}

/** A string field of a snapshot, or null. */
export function snapshotString(snapshot: unknown, field: string): string | null {
  const value = asRecord(snapshot)[field];
  return typeof value === 'string' ? value : null;
}

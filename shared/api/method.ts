// How a feature declares an API method: its input schema, what it answers (in
// the type only), and how it is served — a query only reads (a deferred
// transaction), a command may write (it takes the write lock at once), a
// folder method acts on the data folder itself (backups, recovery, the
// service's state): served outside any transaction, even while the database
// is being checked, is damaged or is being swapped for a backup.
import type { z } from 'zod';

export type MethodKind = 'query' | 'command' | 'folder';

export type MethodSpec<K extends MethodKind, I extends z.ZodType, R> = Readonly<{ kind: K; input: I; result?: R }>;

/** A method that only reads. `result` exists only in the type. */
export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<'query', I, R> => ({ kind: 'query', input });
}

/** A method that may write; its changes go through db/changes.ts. */
export function command<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<'command', I, R> => ({ kind: 'command', input });
}

/** A method on the data folder (db/service): it may close, swap and reopen the database file. */
export function folder<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<'folder', I, R> => ({ kind: 'folder', input });
}

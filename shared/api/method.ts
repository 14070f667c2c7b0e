// How a feature declares an API method: its input schema, what it answers (in
// the type only), and whether it only reads (a query, served in a deferred
// transaction) or may write (a command, which takes the write lock at once).
import type { z } from 'zod';

export type MethodKind = 'query' | 'command';

export type MethodSpec<I extends z.ZodType, R> = Readonly<{ kind: MethodKind; input: I; result?: R }>;

/** A method that only reads. `result` exists only in the type. */
export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ kind: 'query', input });
}

/** A method that may write; its changes go through db/changes.ts. */
export function command<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ kind: 'command', input });
}

// The whole backend typed as one map from method to handler (Actual Budget's
// `Handlers`): a handler receives the parsed input of its method and must
// return exactly that method's result type.
import type Database from 'better-sqlite3';
import type { Method, ParsedInput, Result } from '../shared/api/contract';
import type { ErrorCode, FieldErrors } from '../shared/api/errors';

export type HandlerContext = Readonly<{
  db: Database.Database;
  /** The official's local calendar date, YYYY-MM-DD. */
  today: string;
  /** ISO timestamp of this call, written to createdAt/updatedAt and the audit log. */
  at: string;
  /** The computer this call runs on, written to the history with each change. */
  device: string;
}>;

export type Handler<M extends Method> = (input: ParsedInput<M>, context: HandlerContext) => Result<M>;

export type Handlers = { [M in Method]: Handler<M> };

/**
 * An expected refusal (unknown id, stale version, fields that do not fit
 * together). Thrown inside the call's transaction so nothing it wrote stays;
 * dispatch turns it into the error response.
 */
export class HandlerFailure extends Error {
  override readonly name = 'HandlerFailure';
  constructor(
    readonly code: Extract<ErrorCode, 'invalid_input' | 'not_found' | 'conflict'>,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): HandlerFailure {
  return new HandlerFailure('not_found', `No ${what} with id ${id}`);
}

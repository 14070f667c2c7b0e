// Opening the data file read-only (`--read-only`): a copy of the app that
// looks at a folder another copy holds. It never creates, migrates or
// refreshes anything, so the file must already be ours and at this version.
import Database from 'better-sqlite3';
import { readFileFacts } from '../fileHeader';
import { MIGRATIONS } from '../migrations/index';
import { APPLICATION_ID, DatabaseTooNewError, ForeignDatabaseError } from '../open';

/** The file cannot be looked at read-only as it stands; the message is for the user. */
export class ReadOnlyUnavailableError extends Error {
  override readonly name = 'ReadOnlyUnavailableError';
}

const BUSY_TIMEOUT_MS = 5_000;

export function openReadOnly(file: string): Database.Database {
  const latest = MIGRATIONS.reduce((max, migration) => Math.max(max, migration.version), 0);
  const facts = readFileFacts(file);
  if (facts.kind === 'absent') throw new ReadOnlyUnavailableError(`there is no data file at ${file} to open read-only.`);
  if (facts.kind === 'not_sqlite') throw new ForeignDatabaseError(file, 'not a SQLite database');
  if (facts.applicationId !== APPLICATION_ID) throw new ForeignDatabaseError(file, `a SQLite database of another application, application_id ${facts.applicationId}`);
  if (facts.userVersion > latest) throw new DatabaseTooNewError(file, facts.userVersion, latest);
  if (facts.userVersion < latest) {
    throw new ReadOnlyUnavailableError(`the data file at ${file} was written by an older version and must be updated first: open it once without --read-only.`);
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('foreign_keys = ON');
  // The holder's writes are short; a read may wait for a checkpoint, not fail.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

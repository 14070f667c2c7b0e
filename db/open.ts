// Opens (or creates) the Commission Desk data file: recognise it, refuse what
// is not ours or is too new BEFORE writing a byte, back it up, migrate it in
// one transaction, then refresh the reference tables from shared/reference.
// Modelled on Signal Desktop and Trilium (../shared/style.md, "Data and migrations").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readFileFacts } from './fileHeader';
import { MIGRATIONS, type Migration } from './migrations/index';
import { syncProcedureLimits } from './procedure/sync';
import { refreshReferenceTables } from './reference';

/**
 * PRAGMA application_id of every Commission Desk file: the ASCII bytes "CoDe"
 * (0x436F4465). It marks the file as ours, so openDatabase can tell its own
 * data from another application's SQLite file (`file(1)` shows it too).
 */
export const APPLICATION_ID = 0x436f4465;

const BUSY_TIMEOUT_MS = 5_000;
const CACHE_KIB = 65_536;

export class ForeignDatabaseError extends Error {
  override readonly name = 'ForeignDatabaseError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `${file} is not a Commission Desk data file (${reason}). It has not been opened or changed. ` +
        'Choose another data folder with --data or COMMISSION_DESK_DATA.',
    );
  }
}

export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    // Never suggest deleting or resetting the data (Signal's lesson): the file
    // is fine, this copy of the app is simply too old to read it.
    super(
      `This data file was written by a newer version of Commission Desk (schema ${fileVersion}; ` +
        `this version reads up to ${appVersion}). Install the newer version; your data has not been changed.`,
    );
  }
}

export type OpenOptions = Readonly<{
  /** Tests pass their own list to exercise the framework; the app uses MIGRATIONS. */
  migrations?: readonly Migration[];
}>;

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestVersion(migrations);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  // Everything up to `new Database(file)` only reads.
  const facts = readFileFacts(file);
  let existingData = false;
  if (facts.kind === 'not_sqlite') throw new ForeignDatabaseError(file, 'not a SQLite database');
  if (facts.kind === 'sqlite') {
    const ours = facts.applicationId === APPLICATION_ID;
    // SECURITY: never migrate, or even set WAL on, another application's database.
    if (!ours && (facts.applicationId !== 0 || !facts.schemaEmpty)) {
      throw new ForeignDatabaseError(file, `a SQLite database of another application, application_id ${facts.applicationId}`);
    }
    if (facts.userVersion > latest) throw new DatabaseTooNewError(file, facts.userVersion, latest);
    existingData = !facts.schemaEmpty;
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives a power cut, which matters more than write speed here.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MiB of page cache (the default is 2 MiB): enough to keep the cases
    // table and its sort indexes in memory for a large casebook. Used only as
    // the file grows into it.
    db.pragma(`cache_size = ${-CACHE_KIB}`);
    const current = db.pragma('user_version', { simple: true }) as number;
    if (existingData && current < latest) {
      // Online backup API, never a file copy of a live WAL database.
      await db.backup(backupFile(file, latest));
    }
    migrate(db, file, migrations);
    refreshReferenceTables(db);
    syncProcedureLimits(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `<name>.before-v<N>.sqlite` beside the data file: the file as it was before migrating to version N. */
export function backupFile(file: string, version: number): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.before-v${version}${parsed.ext === '' ? '.sqlite' : parsed.ext}`);
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}

/**
 * Applies every pending migration in ONE transaction: either the file reaches
 * the latest version or it stays exactly as it was. Foreign keys are off while
 * migrating (so a migration can rebuild a table, the procedure sqlite.org
 * documents for ALTER TABLE) and checked before commit.
 */
function migrate(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  const latest = latestVersion(migrations);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      // Read again inside the write lock: another instance may have migrated meanwhile.
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > latest) throw new DatabaseTooNewError(file, current, latest);
      const pending = ordered.filter((migration) => migration.version > current);
      if (pending.length === 0) return;
      for (const migration of pending) {
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`Migration to version ${latest} left ${violations.length} foreign key violations`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${latest}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

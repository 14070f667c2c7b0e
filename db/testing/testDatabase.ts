// Test helpers: a real database file in a fresh temp folder, a dispatch with a
// controllable clock, and a snapshot to prove a refused call changed nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { ApiResponse, FieldErrors } from '../../shared/api/errors';
import { databaseFile } from '../dataFolder';
import { createDispatch } from '../dispatch';
import { openDatabase, type OpenOptions } from '../open';

export type TestDatabase = Readonly<{
  folder: string;
  file: string;
  db: Database.Database;
  /** Raw dispatch: any method name, any input. */
  dispatch: (method: string, input: unknown) => ApiResponse<unknown>;
  /** Typed call that throws when the answer is not ok. */
  call: <M extends Method>(method: M, input: Input<M>) => Result<M>;
  /** Sets the clock; each call after it moves one second on, so timestamps differ. */
  setNow: (date: Date) => void;
  close: () => void;
}>;

/** The device name tests' dispatch writes to the history. */
export const TEST_DEVICE = 'test-laptop';
/** The operating-system account and installation id tests' dispatch writes to the history. */
export const TEST_ACCOUNT = 'ana.perez';
export const TEST_DEVICE_ID = '0d6f3c1e-5b2a-4e8f-9c7d-1a2b3c4d5e6f';

/** 10 March 2026, 09:00 local time. */
export const TEST_START = new Date(2026, 2, 10, 9, 0, 0);

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'commission-desk-'));
}

export async function openTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  const folder = tempFolder();
  const file = databaseFile(folder);
  const db = await openDatabase(file, options);
  let clock = TEST_START.getTime();
  const dispatch = createDispatch(db, {
    device: TEST_DEVICE,
    account: TEST_ACCOUNT,
    deviceId: TEST_DEVICE_ID,
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  });
  return {
    folder,
    file,
    db,
    dispatch,
    call: <M extends Method>(method: M, input: Input<M>): Result<M> => {
      const response = dispatch(method, input);
      if (!response.ok) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
      return response.result as Result<M>;
    },
    setNow: (date) => {
      clock = date.getTime() - 1000;
    },
    close: () => {
      if (db.open) db.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A digest of every row of every table, plus the schema version. */
export function snapshot(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    hash.update(table);
    hash.update(rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value))).sort().join('\n'));
  }
  hash.update(String(db.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}

export function rowCount(db: Database.Database, table: string): number {
  return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A valid cases.create input; override what the test is about. */
export function caseInput(overrides: Partial<Input<'cases.create'>> = {}): Input<'cases.create'> {
  return {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: 'Import licensing for fresh produce',
    complainant: 'CRI',
    respondent: 'SLV',
    openedOn: '2026-02-02',
    ...overrides,
  };
}

/** A refusal's field errors as path → code, for compact assertions. */
export function fieldCodes(fields: FieldErrors | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([path, error]) => [path, error.code]));
}

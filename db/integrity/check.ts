// The integrity check of a data file (issue 7 §1): PRAGMA quick_check (or the
// full integrity_check) and foreign_key_check, on a connection of its own,
// read-only, in a worker thread of its own — quick_check reads every page
// (~1.4 s at 100,000 cases, ~14 s at 1,000,000), and the service must keep
// answering meanwhile. The worker only runs the pragmas and hands back what
// SQLite said; what that means is decided here, in TypeScript.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { IntegrityOutcome } from '../service/core';

/** How many of SQLite's findings are kept: enough to tell the story, not a 1M-line log. */
const FINDINGS = 20;

/** What the worker answers: SQLite's own words, or the error that stopped it. */
export type CheckReport = Readonly<{
  problems: readonly string[];
  /** foreign_key_check rows: [table, rowid, parent table, foreign key index]. */
  violations: readonly (readonly unknown[])[];
  error: Readonly<{ code: string | null; message: string }> | null;
}>;

// Plain JavaScript run by the worker (eval): no TypeScript loader exists in a
// worker under tsx, vitest or the Electron bundle alike, and a file path would
// have to be copied into each build. better-sqlite3 is required by the path
// the parent resolved, so the worker loads the very module the app loaded.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { sqlite, file, full, findings } = workerData;
const report = { problems: [], violations: [], error: null };
let db = null;
try {
  const Database = require(sqlite);
  // SECURITY of the data: read-only, so the check itself can never write to a damaged file.
  db = new Database(file, { readonly: true, fileMustExist: true });
  report.problems = db.prepare('PRAGMA ' + (full ? 'integrity_check' : 'quick_check') + '(' + findings + ')').pluck().all();
  for (const row of db.prepare('PRAGMA foreign_key_check').raw().iterate()) {
    report.violations.push(row);
    if (report.violations.length >= findings) break;
  }
} catch (error) {
  report.error = { code: typeof error?.code === 'string' ? error.code : null, message: String(error?.message ?? error) };
} finally {
  try { db?.close(); } catch {}
}
parentPort.postMessage(report);
`;

export type CheckOptions = Readonly<{
  /** integrity_check (every index against its table) rather than quick_check. */
  full?: boolean;
}>;

/** The service's IntegrityCheck, with the choice of the full check. */
export type FileCheck = (file: string, options?: CheckOptions) => Promise<IntegrityOutcome>;

/**
 * Checks the file in a worker thread: quick_check by default, the full
 * integrity_check with `full` (on demand, after a restore, after an unclean
 * shutdown). Rejects only when the check could not run at all.
 */
export const checkIntegrity: FileCheck = async (file, options) => outcomeOf(await runCheckWorker(file, options?.full ?? false));

export function runCheckWorker(file: string, full: boolean): Promise<CheckReport> {
  const sqlite = createRequire(__filename).resolve('better-sqlite3');
  return new Promise<CheckReport>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite, file, full, findings: FINDINGS } });
    // A host quitting mid-check need not wait for it: the connection only reads.
    worker.unref();
    worker.once('message', (report: CheckReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the integrity check stopped (exit code ${code})`)));
  });
}

/** SQLite's report, as the service's outcome. Throws when the check could not run (the file is missing, a lock). */
export function outcomeOf(report: CheckReport): IntegrityOutcome {
  if (report.error !== null) {
    const { code, message } = report.error;
    if (code === 'SQLITE_NOTADB') return { ok: false, cause: 'unreadable', detail: message };
    if (code !== null && code.startsWith('SQLITE_CORRUPT')) return { ok: false, cause: 'damaged', detail: message };
    throw new Error(`the integrity check could not run: ${code ?? 'error'}: ${message}`);
  }
  const problems = report.problems.filter((line) => line !== 'ok');
  if (problems.length > 0) return { ok: false, cause: 'damaged', detail: problems.join('\n') };
  if (report.violations.length > 0) {
    const lines = report.violations.map(([table, rowid, parent]) => `${String(table)} row ${String(rowid)} refers to a missing ${String(parent)} row`);
    return { ok: false, cause: 'damaged', detail: `Foreign key check:\n${lines.join('\n')}` };
  }
  return { ok: true };
}

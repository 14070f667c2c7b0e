// The check the service worker runs on the data file at open until
// db/integrity provides its own (issue 7 §1): PRAGMA quick_check on a second,
// read-only connection. It runs on the service's thread after the service has
// started answering, so it delays calls queued behind it but never the host.
import Database from 'better-sqlite3';
import { damageCause, type IntegrityCheck } from './core';

/** quick_check's first lines are enough to say what is wrong; the rest repeats it. */
const DETAIL_LINES = 5;

export const quickCheck: IntegrityCheck = async (file) => {
  // Let the calls already waiting (the first screen's) be served first.
  await new Promise((resolve) => setImmediate(resolve));
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const lines = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    if (lines.length === 1 && lines[0] === 'ok') return { ok: true };
    return { ok: false, cause: 'damaged', detail: lines.slice(0, DETAIL_LINES).join('\n') };
  } catch (error) {
    const cause = damageCause(error);
    if (cause === null) throw error;
    return { ok: false, cause, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
};

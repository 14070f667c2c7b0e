// Errors by cause (issue 7 §1), each produced for real against a real file:
// another connection holding the write lock, a database at its page limit,
// a file that cannot be written, a zeroed page. Each refusal changes nothing
// and is logged in one line; the stack once per distinct error.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from './dispatch';
import { zeroedCasesPageFolder } from './integrity/damagedFiles';
import { createFailureLog, failureCause } from './integrity/failures';
import { openDataFile } from './open';
import { caseInput, openTestDatabase, sha256File, snapshot, tempFolder, type TestDatabase } from './testing/testDatabase';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function listeningLog() {
  const lines: string[] = [];
  return { lines, failureLog: createFailureLog((line) => lines.push(line)) };
}

async function fresh(busyTimeoutMs?: number): Promise<TestDatabase> {
  const test = await openTestDatabase(busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  cleanups.push(test.close);
  return test;
}

describe('dispatch answers failures by cause', () => {
  it('busy: another connection holds the write lock', async () => {
    const test = await fresh(50);
    const log = listeningLog();
    const dispatch = createDispatch(test.db, { failureLog: log.failureLog });
    const other = new Database(test.file);
    other.prepare('BEGIN IMMEDIATE').run();
    const before = snapshot(test.db);
    try {
      expect(dispatch('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'busy', reason: 'database_busy' } });
      // Reading is not held up by a writer (WAL).
      expect(dispatch('cases.list', {})).toMatchObject({ ok: true });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(snapshot(test.db)).toBe(before);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^\[dispatch\] "cases.create" failed: busy \(SQLITE_BUSY: database is locked\)/);
    expect(dispatch('cases.create', caseInput())).toMatchObject({ ok: true });
  });

  it('disk_full: the database cannot grow (max_page_count, as on a full disk)', async () => {
    const test = await fresh();
    const log = listeningLog();
    const dispatch = createDispatch(test.db, { failureLog: log.failureLog });
    test.db.pragma(`max_page_count = ${test.db.pragma('page_count', { simple: true }) as number}`);
    let answer = dispatch('cases.create', caseInput({ summary: 'x'.repeat(3000) }));
    let before = snapshot(test.db);
    for (let attempt = 0; attempt < 50 && answer.ok; attempt += 1) {
      before = snapshot(test.db);
      answer = dispatch('cases.create', caseInput({ summary: 'x'.repeat(3000) }));
    }
    expect(answer).toMatchObject({ ok: false, error: { code: 'disk_full', reason: 'disk_full', message: expect.stringMatching(/disk is full/) as unknown } });
    expect(snapshot(test.db)).toBe(before);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/failed: disk_full \(SQLITE_FULL:/);
  });

  it('read_only: SQLite could open the file for reading only', async () => {
    const test = await fresh();
    test.call('cases.create', caseInput());
    test.db.close();
    const before = sha256File(test.file);
    // What SQLite does with a file it may not write: opens it read-only, then refuses each write.
    const db = new Database(test.file, { readonly: true });
    const log = listeningLog();
    const dispatch = createDispatch(db, { failureLog: log.failureLog });
    expect(dispatch('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'read_only', reason: 'read_only' } });
    expect(dispatch('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
    db.close();
    expect(sha256File(test.file)).toBe(before);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/failed: read_only \(SQLITE_READONLY:/);
  });

  it('read_only: a data file made read-only (chmod 0444)', async (context) => {
    const test = await fresh();
    test.db.close();
    fs.chmodSync(test.file, 0o444);
    cleanups.push(() => fs.chmodSync(test.file, 0o644));
    let writable = true;
    try {
      fs.accessSync(test.file, fs.constants.W_OK);
    } catch {
      writable = false;
    }
    if (writable) {
      // root (as in some CI containers) writes through any mode bits.
      console.log('skipped: this process may write a 0444 file (it runs as root), so chmod cannot make the file read-only here');
      context.skip();
    }
    const before = sha256File(test.file);
    const opened = await openDataFile(test.file);
    const log = listeningLog();
    const dispatch = createDispatch(opened.db, { failureLog: log.failureLog });
    expect(dispatch('settings.update', { locale: 'es' })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    opened.db.close();
    expect(sha256File(test.file)).toBe(before);
    expect(log.lines).toHaveLength(1);
  });

  it('corrupt: a read meets a zeroed page', async () => {
    const folder = tempFolder();
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    const { file } = await zeroedCasesPageFolder(folder);
    const before = sha256File(file);
    const opened = await openDataFile(file);
    const log = listeningLog();
    const dispatch = createDispatch(opened.db, { failureLog: log.failureLog });
    const answer = dispatch('cases.list', { limit: 500 });
    opened.db.close();
    expect(answer).toMatchObject({ ok: false, error: { code: 'corrupt', reason: 'damaged' } });
    expect(sha256File(file)).toBe(before);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/failed: corrupt \(SQLITE_CORRUPT/);
  });

  it('internal: anything else, logged with its stack only the first time', async () => {
    const test = await fresh();
    test.db.exec("CREATE TRIGGER refuse_cases BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END");
    const log = listeningLog();
    const dispatch = createDispatch(test.db, { failureLog: log.failureLog });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(dispatch('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'internal', reason: 'server_failed' } });
    }
    expect(log.lines).toHaveLength(3);
    expect(log.lines.map((line) => line.split('\n')[0])).toEqual(Array(3).fill('[dispatch] "cases.create" failed: internal (SQLITE_CONSTRAINT_TRIGGER: refused by a test trigger)'));
    expect(log.lines[0]).toMatch(/\n\s+at /);
    expect(log.lines.slice(1).every((line) => !line.includes('\n'))).toBe(true);
  });
});

describe('failureCause', () => {
  it('maps SQLite result codes and file-system errors to causes', () => {
    const cause = (code: string, writing = true) => failureCause(Object.assign(new Error(code), { code }), writing).code;
    expect(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED'].map((code) => cause(code))).toEqual(['busy', 'busy', 'busy']);
    expect(['SQLITE_FULL', 'ENOSPC'].map((code) => cause(code))).toEqual(['disk_full', 'disk_full']);
    expect(['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'EROFS', 'SQLITE_CANTOPEN'].map((code) => cause(code))).toEqual(['read_only', 'read_only', 'read_only', 'read_only']);
    expect(cause('SQLITE_CANTOPEN', false)).toBe('internal');
    expect(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB'].map((code) => cause(code))).toEqual(['corrupt', 'corrupt', 'corrupt']);
    expect(['SQLITE_CONSTRAINT', 'SQLITE_IOERR_READ'].map((code) => cause(code))).toEqual(['internal', 'internal']);
    expect(failureCause(new TypeError('x is undefined'), true).code).toBe('internal');
  });
});

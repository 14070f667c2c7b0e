import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGES } from '../shared/domain/stages';
import { AGREEMENTS } from '../shared/reference/agreements';
import { databaseFile } from './dataFolder';
import { createDispatch } from './dispatch';
import { MIGRATIONS, type Migration } from './migrations/index';
import { migrationBackup } from './backups/automatic';
import { APPLICATION_ID, openDatabase } from './open';
import { caseInput, openTestDatabase, rowCount, snapshot, tempFolder, type TestDatabase } from './testing/testDatabase';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * A realistic next migration, used to exercise the framework: sessions of the
 * Free Trade Commission, backfilled from the "commission_convened" events
 * already recorded (named apart from the real meetings of migration 110).
 */
const MEETINGS_MIGRATION: Migration = {
  version: 1000,
  name: 'commission-sessions',
  up: `
    CREATE TABLE commission_sessions (
      id TEXT PRIMARY KEY,
      case_id TEXT REFERENCES cases(id),
      held_on TEXT NOT NULL
    ) STRICT;
    INSERT INTO commission_sessions (id, case_id, held_on)
      SELECT id, case_id, date FROM case_events WHERE type = 'commission_convened';
  `,
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

async function fresh(): Promise<TestDatabase> {
  const test = await openTestDatabase();
  cleanups.push(test.close);
  return test;
}

function folder(): string {
  const dir = tempFolder();
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('openDatabase on a new file', () => {
  it('creates the folder and a database at the latest version with our application_id', async () => {
    const file = databaseFile(path.join(folder(), 'nested', 'data'));
    const db = await openDatabase(file);
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      const strict = db
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'cases_fts%'")
        .pluck()
        .all();
      expect(strict).toEqual([]);
      // Nothing existed to back up.
      expect(migrationBackup(file, LATEST)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('treats a zero-byte file as a new database', async () => {
    const file = databaseFile(folder());
    fs.writeFileSync(file, '');
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    db.close();
  });

  it('fills the reference tables from shared/reference', async () => {
    const { call } = await fresh();
    expect(call('agreements.list', {})).toEqual(AGREEMENTS.map((info) => JSON.parse(JSON.stringify(info)) as unknown));
  });
});

describe('openDatabase on an existing file', () => {
  it('reopens an up-to-date file without writing to it', async () => {
    const test = await fresh();
    test.call('demo.load', {});
    const before = snapshot(test.db);
    test.db.close();
    const db = await openDatabase(test.file);
    expect(snapshot(db)).toBe(before);
    expect(migrationBackup(test.file, LATEST)).toBeNull();
    db.close();
  });

  it('migrates an older file in one step, keeps its rows and backs it up first', async () => {
    const test = await openTestDatabase({ migrations: MIGRATIONS });
    cleanups.push(test.close);
    test.call('settings.update', { userName: 'Ana Pérez' });
    test.call('demo.load', {});
    const own = test.call('cases.create', caseInput({ title: 'Sanitary permits for dairy', hsCodes: ['0401'] }));
    test.call('events.add', { caseId: own.id, type: 'commission_convened', date: '2026-02-20' });
    const listBefore = test.call('cases.list', { limit: 500 });
    const detailBefore = test.call('cases.get', { id: own.id });
    const auditBefore = rowCount(test.db, 'audit_log');
    const convened = test.db.prepare("SELECT count(*) FROM case_events WHERE type = 'commission_convened'").pluck().get() as number;
    test.db.close();

    const db = await openDatabase(test.file, { migrations: [...MIGRATIONS, MEETINGS_MIGRATION] });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1000);
      expect(rowCount(db, 'commission_sessions')).toBe(convened);
      expect(convened).toBeGreaterThan(0);
      const call = createDispatch(db);
      expect(call('cases.list', { limit: 500 })).toEqual({ ok: true, result: listBefore });
      expect(call('cases.get', { id: own.id })).toMatchObject({ ok: true, result: { case: detailBefore.case, events: detailBefore.events } });
      expect(rowCount(db, 'audit_log')).toBe(auditBefore);
      expect(call('settings.get', {})).toEqual({ ok: true, result: { userName: 'Ana Pérez', locale: null } });
    } finally {
      db.close();
    }

    // The backup is the file as it was: the old version, all its rows, readable.
    const backup = new Database(migrationBackup(test.file, 1000) ?? 'no backup taken', { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(rowCount(backup, 'cases')).toBe(listBefore.total);
      expect(rowCount(backup, 'audit_log')).toBe(auditBefore);
      expect(backup.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'commission_sessions'").pluck().get()).toBe(0);
    } finally {
      backup.close();
    }
  });

  it('leaves the file as it was when a migration fails', async () => {
    const test = await fresh();
    test.call('demo.load', {});
    test.db.close();
    const db = new Database(test.file);
    const before = snapshot(db);
    db.close();

    const failing: Migration = {
      version: 1000,
      name: 'fails halfway',
      up: (target) => {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        target.exec("UPDATE cases SET title = 'overwritten'");
        throw new Error('disk full (simulated)');
      },
    };
    await expect(openDatabase(test.file, { migrations: [...MIGRATIONS, failing] })).rejects.toThrow('disk full (simulated)');

    const after = new Database(test.file);
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(snapshot(after)).toBe(before);
    } finally {
      after.close();
    }
  });

  it('refuses a migration that breaks a foreign key, and rolls it back', async () => {
    const test = await fresh();
    const created = test.call('cases.create', caseInput());
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-02-03' });
    test.db.close();
    const orphaning: Migration = { version: 1000, name: 'orphans events', up: 'DELETE FROM cases' };
    await expect(openDatabase(test.file, { migrations: [...MIGRATIONS, orphaning] })).rejects.toThrow(/foreign key/);
    const db = new Database(test.file, { readonly: true });
    expect(rowCount(db, 'cases')).toBe(1);
    db.close();
  });

  it('restores edited reference tables and stage order on open', async () => {
    const test = await fresh();
    const created = test.call('cases.create', caseInput());
    test.call('events.add', { caseId: created.id, type: 'panel_requested', date: '2026-02-10' });
    test.db.exec("UPDATE agreements SET name_en = 'edited'; DELETE FROM bodies; UPDATE parties SET entry_into_force = NULL");
    test.db.exec("DELETE FROM stages WHERE id = 'committee'; UPDATE cases SET stage_order = -1");
    test.db.close();
    const db = await openDatabase(test.file);
    try {
      const call = createDispatch(db);
      expect(call('agreements.list', {})).toEqual({ ok: true, result: JSON.parse(JSON.stringify(AGREEMENTS)) as unknown });
      expect(db.prepare('SELECT stage, stage_order FROM cases').get()).toEqual({ stage: 'panel_composition', stage_order: STAGES.indexOf('panel_composition') });
    } finally {
      db.close();
    }
  });

  it('recomputes stored limits when the procedure rules changed since the last open', async () => {
    const test = await fresh();
    const created = test.call('cases.create', caseInput());
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-02-10' });
    const limits = test.db.prepare('SELECT * FROM case_limits ORDER BY position').all();
    const row = test.db.prepare('SELECT stage, next_limit_date, next_limit_rule FROM cases').get();
    expect(limits.length).toBeGreaterThan(0);
    // As if an older version with other rules had written them.
    test.db.exec("DELETE FROM case_limits; UPDATE cases SET stage = 'not_started', next_limit_date = NULL; UPDATE meta SET value = 'older rules'");
    test.db.close();
    const db = await openDatabase(test.file);
    try {
      expect(db.prepare('SELECT * FROM case_limits ORDER BY position').all()).toEqual(limits);
      expect(db.prepare('SELECT stage, next_limit_date, next_limit_rule FROM cases').get()).toEqual(row);
    } finally {
      db.close();
    }
  });
});

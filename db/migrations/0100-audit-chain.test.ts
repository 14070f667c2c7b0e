// Migration 100 from a file of the version before it: every history entry
// kept with its id and content, the account and installation id "not
// recorded" (empty), the chain computed over the existing entries in id order,
// the log still append-only, and the next change continuing the chain.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { entryHash, GENESIS_HASH, verifyHistoryChain } from '../history/chain';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';
import { MIGRATIONS } from './index';

const CASE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e81';
const EVENT_ID = 'e0000000-0000-4000-8000-000000000081';
/** The version this migration runs from: the one before it in the list. */
const PREVIOUS = Math.max(...MIGRATIONS.filter((migration) => migration.version < 100).map((migration) => migration.version));

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedPrevious(db: Database.Database): void {
  db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, 'CAFTA-DR-2026-001', 'cafta-dr', 'dispute', 'Dairy permits', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, 'open', '', '2026-01-05',
             'consultations', 8, 0, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', 2)`,
  ).run(CASE_ID);
  db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at) VALUES (?, ?, 'consultations_requested', '2026-01-05', 'Delivered', 0, 1, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')",
  ).run(EVENT_ID, CASE_ID);
  db.prepare("INSERT INTO settings (key, value) VALUES ('userName', '\"Ana Pérez\"')").run();
  const audit = db.prepare(
    'INSERT INTO audit_log (id, at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // Ids with gaps, as an older version could leave them; entry 3 from before version 30 recorded the device.
  audit.run(3, '2026-01-04T09:00:00.000Z', 'Ana Pérez', '', 'update', 'settings', 'settings', null, null, '{"userName":null}', '{"userName":"Ana Pérez"}');
  audit.run(7, '2026-01-05T10:00:00.000Z', 'Ana Pérez', 'laptop', 'create', 'case', CASE_ID, null, null, null, '{"title":"Dairy permit"}');
  audit.run(8, '2026-01-05T10:00:30.000Z', 'Ana Pérez', 'laptop', 'update', 'case', CASE_ID, null, null, '{"title":"Dairy permit"}', '{"title":"Dairy permits"}');
  audit.run(9, '2026-01-05T10:01:00.000Z', 'Ana Pérez', 'laptop', 'create', 'event', EVENT_ID, 'case', CASE_ID, null, '{"type":"consultations_requested"}');
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

type Stored = {
  id: number;
  at: string;
  actor: string;
  actorAccount: string;
  device: string;
  deviceId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  parentType: string | null;
  parentId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
};

function stored(db: Database.Database): Stored[] {
  return db
    .prepare(
      `SELECT id, at, actor, actor_account AS actorAccount, device, device_id AS deviceId, action, subject_type AS subjectType,
              subject_id AS subjectId, parent_type AS parentType, parent_id AS parentId, before, after, prev_hash AS prevHash, hash
         FROM audit_log ORDER BY id`,
    )
    .all() as Stored[];
}

describe(`migration 100 (an audit trail that can be believed), from version ${PREVIOUS}`, () => {
  it('keeps every entry with its id and content, chains them in id order, and continues the chain', async () => {
    fixture = versionFile(PREVIOUS, seedPrevious);
    const db = await openDatabase(fixture.file);
    try {
      const rows = stored(db);
      expect(rows.map(({ id, actor, device, action, subjectType, parentId, before, after }) => ({ id, actor, device, action, subjectType, parentId, before, after }))).toEqual([
        { id: 3, actor: 'Ana Pérez', device: '', action: 'update', subjectType: 'settings', parentId: null, before: '{"userName":null}', after: '{"userName":"Ana Pérez"}' },
        { id: 7, actor: 'Ana Pérez', device: 'laptop', action: 'create', subjectType: 'case', parentId: null, before: null, after: '{"title":"Dairy permit"}' },
        { id: 8, actor: 'Ana Pérez', device: 'laptop', action: 'update', subjectType: 'case', parentId: null, before: '{"title":"Dairy permit"}', after: '{"title":"Dairy permits"}' },
        { id: 9, actor: 'Ana Pérez', device: 'laptop', action: 'create', subjectType: 'event', parentId: CASE_ID, before: null, after: '{"type":"consultations_requested"}' },
      ]);
      // Not recorded before this version.
      expect(rows.every((row) => row.actorAccount === '' && row.deviceId === '')).toBe(true);
      // The chain: from the genesis hash, each entry's hash over its content and the hash before it.
      expect(rows.map((row) => row.prevHash)).toEqual([GENESIS_HASH, rows[0]?.hash, rows[1]?.hash, rows[2]?.hash]);
      for (const row of rows) expect(entryHash(row)).toBe(row.hash);
      expect(verifyHistoryChain(db)).toEqual({ intact: true, entries: 4 });

      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 7').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 7").run()).toThrow(/append-only/);

      const call = createDispatch(db, { device: 'laptop-lima', account: 'aperez', deviceId: '7d3c5a10-1f2e-4b3c-8d9e-0a1b2c3d4e5f' });
      expect(call('events.update', { id: EVENT_ID, text: 'Delivered by note' }).ok).toBe(true);
      const next = stored(db).at(-1);
      expect(next).toMatchObject({ id: 10, actor: 'Ana Pérez', actorAccount: 'aperez', device: 'laptop-lima', deviceId: '7d3c5a10-1f2e-4b3c-8d9e-0a1b2c3d4e5f', prevHash: rows[3]?.hash });
      expect(call('history.verify', {})).toEqual({ ok: true, result: { intact: true, entries: 5 } });
      expect(call('history.list', { subject: { type: 'case', id: CASE_ID } })).toMatchObject({
        ok: true,
        result: { entries: [{ id: 10, account: 'aperez' }, { id: 9, account: '', deviceId: '' }, { id: 8 }, { id: 7 }] },
      });
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    } finally {
      db.close();
    }
  });
});

// Migration 80 from a file version 70 left: events gain deleted_at, the
// history keeps every entry with its id and stays append-only, and accepts
// the new action 'restore'.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';

const CASE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e81';
const EVENT_ID = 'e0000000-0000-4000-8000-000000000081';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedVersion70(db: Database.Database): void {
  db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, 'CAFTA-DR-2026-001', 'cafta-dr', 'dispute', 'Dairy permits', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, 'open', '', '2026-01-05',
             'consultations', 8, 0, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', 1)`,
  ).run(CASE_ID);
  db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at) VALUES (?, ?, 'consultations_requested', '2026-01-05', 'Delivered', 0, 1, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')",
  ).run(EVENT_ID, CASE_ID);
  const audit = db.prepare(
    'INSERT INTO audit_log (id, at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  audit.run(7, '2026-01-05T10:00:00.000Z', 'Ana Pérez', 'laptop', 'create', 'case', CASE_ID, null, null, null, '{"title":"Dairy permits"}');
  audit.run(9, '2026-01-05T10:01:00.000Z', 'Ana Pérez', 'laptop', 'create', 'event', EVENT_ID, 'case', CASE_ID, null, '{"type":"consultations_requested"}');
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

describe('migration 80 (removal you can take back), from version 70', () => {
  it('keeps every history entry with its id, the log append-only, and events live', async () => {
    fixture = versionFile(70, seedVersion70);
    const db = await openDatabase(fixture.file);
    try {
      expect(db.prepare('SELECT id, actor, device, action, subject_type, parent_id, after FROM audit_log ORDER BY id').all()).toEqual([
        { id: 7, actor: 'Ana Pérez', device: 'laptop', action: 'create', subject_type: 'case', parent_id: null, after: '{"title":"Dairy permits"}' },
        { id: 9, actor: 'Ana Pérez', device: 'laptop', action: 'create', subject_type: 'event', parent_id: CASE_ID, after: '{"type":"consultations_requested"}' },
      ]);
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 7').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 7").run()).toThrow(/append-only/);
      const call = createDispatch(db);
      expect(call('cases.get', { id: CASE_ID })).toMatchObject({ ok: true, result: { events: [{ id: EVENT_ID, text: 'Delivered' }] } });
      expect(call('events.remove', { id: EVENT_ID }).ok).toBe(true);
      expect(call('events.restore', { id: EVENT_ID }).ok).toBe(true);
      expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get()).toBe(1);
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    } finally {
      db.close();
    }
  });
});

// Migration 30 from a version-20 file: the case-only audit log becomes the
// history of every kind of record, keeping every entry and its id.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../shared/history/api';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { versionFile, type VersionFile } from '../testing/fixtures';
import { rowCount } from '../testing/testDatabase';

const CASE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e5f';
const EVENT_ID = 'e0000000-0000-4000-8000-000000000001';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

/** A case, an event and the audit entries version 20 wrote for them and for the settings, in its columns. */
function seedVersion20(db: Database.Database): void {
  db
    .prepare(
      `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                          perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, next_limit_date, next_limit_rule,
                          sample, created_at, updated_at, version)
       VALUES (?, 'CAFTA-DR-2025-001', 'cafta-dr', 'dispute', 'Tariff treatment', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, 'open', '',
               '2025-03-03', 'consultations', 8, NULL, NULL, 0, '2025-03-03T10:00:00.000Z', '2025-03-03T10:00:00.000Z', 1)`,
    )
    .run(CASE_ID);
  db
    .prepare(
      "INSERT INTO case_events (id, case_id, type, date, text, scheduled, created_at, updated_at) VALUES (?, ?, 'consultations_requested', '2025-03-03', '', 0, '2025-03-03T10:00:00.000Z', '2025-03-03T10:00:00.000Z')",
    )
    .run(EVENT_ID, CASE_ID);
  const audit = db.prepare('INSERT INTO audit_log (id, at, actor, action, entity, entity_id, case_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  audit.run(7, '2025-03-03T09:00:00.000Z', 'Ana Pérez', 'update', 'settings', 'settings', null, '{"userName":null}', '{"userName":"Ana Pérez"}');
  audit.run(8, '2025-03-03T10:00:00.000Z', 'Ana Pérez', 'create', 'case', CASE_ID, CASE_ID, null, '{"title":"Tariff treatment"}');
  audit.run(9, '2025-03-03T10:01:00.000Z', 'Ana Pérez', 'create', 'event', EVENT_ID, CASE_ID, null, '{"type":"consultations_requested"}');
}

describe('migration 30 (history of every record)', () => {
  it('keeps every entry with its id, naming its subject and the case it belongs to', async () => {
    fixture = versionFile(20, seedVersion20);
    const db = await openDatabase(fixture.file);
    try {
      expect(
        db.prepare('SELECT id, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after FROM audit_log ORDER BY id').all(),
      ).toEqual([
        { id: 7, actor: 'Ana Pérez', device: '', action: 'update', subject_type: 'settings', subject_id: 'settings', parent_type: null, parent_id: null, before: '{"userName":null}', after: '{"userName":"Ana Pérez"}' },
        { id: 8, actor: 'Ana Pérez', device: '', action: 'create', subject_type: 'case', subject_id: CASE_ID, parent_type: null, parent_id: null, before: null, after: '{"title":"Tariff treatment"}' },
        { id: 9, actor: 'Ana Pérez', device: '', action: 'create', subject_type: 'event', subject_id: EVENT_ID, parent_type: 'case', parent_id: CASE_ID, before: null, after: '{"type":"consultations_requested"}' },
      ]);
      expect(db.prepare('SELECT version FROM case_events WHERE id = ?').pluck().get(EVENT_ID)).toBe(1);

      // Through the app: the case's history holds the old entries and the new ones, newest first.
      const call = createDispatch(db, { device: 'laptop-lima', now: () => new Date(2025, 3, 1, 9) });
      expect(call('events.update', { id: EVENT_ID, text: 'Delivered by note verbale.' }).ok).toBe(true);
      const response = call('history.list', { subject: { type: 'case', id: CASE_ID } });
      if (!response.ok) throw new Error(JSON.stringify(response));
      const page = response.result as HistoryPage;
      expect(page.entries.map((entry) => [entry.id, entry.action, entry.subject.type, entry.device])).toEqual([
        [10, 'update', 'event', 'laptop-lima'],
        [9, 'create', 'event', ''],
        [8, 'create', 'case', ''],
      ]);
      expect(page.entries[0]?.after).toMatchObject({ version: 2, text: 'Delivered by note verbale.' });
    } finally {
      db.close();
    }
  });

  it('makes the history append-only', async () => {
    fixture = versionFile(20, seedVersion20);
    const db = await openDatabase(fixture.file);
    try {
      expect(() => db.prepare("UPDATE audit_log SET actor = 'Minister of Trade' WHERE id = 8").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 8').run()).toThrow(/append-only/);
      expect(rowCount(db, 'audit_log')).toBe(3);
    } finally {
      db.close();
    }
  });
});

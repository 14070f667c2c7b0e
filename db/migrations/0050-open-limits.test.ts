// Migration 50 from a file version 40 left: each stored limit learns whether
// its case is open, and every later write keeps that true.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';

const OPEN_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e51';
const SUSPENDED_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e52';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedVersion40(db: Database.Database): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, ?, 'cafta-dr', 'dispute', 'T', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, ?, '', '2026-01-05', 'consultations', 8, 0,
             '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', 1)`,
  );
  insertCase.run(OPEN_ID, 'CAFTA-DR-2026-001', 'open');
  insertCase.run(SUSPENDED_ID, 'CAFTA-DR-2026-002', 'suspended');
  const limit = db.prepare(
    "INSERT INTO case_limits (case_id, position, rule, kind, date, resolution, detail) VALUES (?, 0, 'cafta-dr.commission-request', 'opening', '2026-03-07', 'pending', '{}')",
  );
  limit.run(OPEN_ID);
  limit.run(SUSPENDED_ID);
  const event = db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at) VALUES (?, ?, 'consultations_requested', '2026-01-05', '', 0, 1, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')",
  );
  event.run('e0000000-0000-4000-8000-000000000051', OPEN_ID);
  event.run('e0000000-0000-4000-8000-000000000052', SUSPENDED_ID);
  // The current rules' fingerprint, so opening does not recompute the limits
  // and what is checked first is the migration's own work.
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

describe('migration 50 (limits know whether their case is open), from version 40', () => {
  it('marks the limits of open cases, and keeps the mark true as a case changes status', async () => {
    fixture = versionFile(40, seedVersion40);
    // The migration's own UPDATE, before the open recomputes anything.
    const db = await openDatabase(fixture.file);
    try {
      const openness = () =>
        db.prepare('SELECT case_id AS id, case_open AS open FROM case_limits ORDER BY case_id').all() as { id: string; open: number }[];
      expect(openness().map((row) => [row.id, row.open])).toEqual([
        [OPEN_ID, 1],
        [SUSPENDED_ID, 0],
      ]);
      const call = createDispatch(db);
      expect(call('cases.update', { id: OPEN_ID, version: 1, status: 'suspended' }).ok).toBe(true);
      expect(call('cases.update', { id: SUSPENDED_ID, version: 1, status: 'open' }).ok).toBe(true);
      const after = openness();
      expect(after.length).toBeGreaterThan(2);
      expect(after.every((row) => row.open === (row.id === SUSPENDED_ID ? 1 : 0))).toBe(true);
    } finally {
      db.close();
    }
  });
});

// Migration 70 from a file version 60 left: limit_counts starts as the count of
// the pending limits of open cases the file holds, by kind, date and rule, and
// every later write keeps it so.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';

const OPEN_ID = '7f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e71';
const OTHER_OPEN_ID = '7f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e72';
const SUSPENDED_ID = '7f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e73';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedVersion60(db: Database.Database): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, ?, 'cafta-dr', 'dispute', 'T', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, ?, '', '2026-01-05', 'consultations', 8, 0,
             '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', 1)`,
  );
  insertCase.run(OPEN_ID, 'CAFTA-DR-2026-001', 'open');
  insertCase.run(OTHER_OPEN_ID, 'CAFTA-DR-2026-002', 'open');
  insertCase.run(SUSPENDED_ID, 'CAFTA-DR-2026-003', 'suspended');
  const limit = db.prepare(
    'INSERT INTO case_limits (case_id, position, rule, kind, date, resolution, detail, case_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const id of [OPEN_ID, OTHER_OPEN_ID]) {
    // Two open cases with limits on the same day under the same rule: one row, counted twice.
    limit.run(id, 0, 'cafta-dr.consultations', 'deadline', '2026-02-04', 'pending', '{}', 1);
    limit.run(id, 1, 'cafta-dr.commission-request', 'opening', '2026-03-07', 'pending', '{}', 1);
  }
  // Not counted: a limit that was met, and the limits of a suspended case.
  limit.run(OPEN_ID, 2, 'cafta-dr.third-party-consultations', 'deadline', '2026-01-12', 'met', '{}', 1);
  limit.run(SUSPENDED_ID, 0, 'cafta-dr.consultations', 'deadline', '2026-02-04', 'pending', '{}', 0);
  const event = db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at) VALUES (?, ?, 'consultations_requested', '2026-01-05', '', 0, 1, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')",
  );
  event.run('e0000000-0000-4000-8000-000000000071', OPEN_ID);
  event.run('e0000000-0000-4000-8000-000000000072', OTHER_OPEN_ID);
  event.run('e0000000-0000-4000-8000-000000000073', SUSPENDED_ID);
  // The current rules' fingerprint, so opening does not recompute the limits
  // and what is checked first is the migration's own work.
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

const RECOUNT = `SELECT kind, date, rule, count(*) AS count FROM case_limits
  WHERE resolution = 'pending' AND case_open = 1 GROUP BY kind, date, rule ORDER BY kind, date, rule`;

describe('migration 70 (limit counts for the dashboard), from version 60', () => {
  it('counts the pending limits of open cases by kind, date and rule, and keeps counting them as cases change', async () => {
    fixture = versionFile(60, seedVersion60);
    const db = await openDatabase(fixture.file);
    try {
      const stored = () => db.prepare('SELECT kind, date, rule, count FROM limit_counts ORDER BY kind, date, rule').all();
      expect(stored()).toEqual([
        { kind: 'deadline', date: '2026-02-04', rule: 'cafta-dr.consultations', count: 2 },
        { kind: 'opening', date: '2026-03-07', rule: 'cafta-dr.commission-request', count: 2 },
      ]);
      // The cases and their limits are as they were.
      expect(db.prepare('SELECT count(*) FROM case_limits').pluck().get()).toBe(6);

      const call = createDispatch(db);
      expect(call('cases.update', { id: SUSPENDED_ID, version: 1, status: 'open' }).ok).toBe(true);
      expect(call('cases.update', { id: OPEN_ID, version: 1, status: 'closed' }).ok).toBe(true);
      expect(call('events.add', { caseId: OTHER_OPEN_ID, type: 'consultations_held', date: '2026-02-01' }).ok).toBe(true);
      expect(stored()).toEqual(db.prepare(RECOUNT).all());
      expect(stored().length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});

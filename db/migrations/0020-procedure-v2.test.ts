// Migration 20 from a file version 10 left: every row kept, the new columns
// at their defaults, the new tables empty, the text index rebuilt, and the
// stored limits recomputed with the v2 rules (the day-after convention).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/cases/api';
import { createDispatch } from '../dispatch';
import { migrationBackup } from '../backups/automatic';
import { openDatabase } from '../open';
import { versionFile, type VersionFile } from '../testing/fixtures';
import { rowCount } from '../testing/testDatabase';
import { MIGRATIONS } from './index';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const CASE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e5f';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

/** One dispute with two events and an audit entry, in version 10's columns. */
function seedVersion10(db: Database.Database): void {
  db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, measure, sector, nte_category,
                        perishable, status, lead_officer, opened_on, stage, stage_order, next_limit_date, next_limit_rule,
                        sample, created_at, updated_at, version)
     VALUES (?, 'CAFTA-DR-2025-001', 'cafta-dr', 'dispute', 'Tariff treatment of originating goods', '', 'CRI', 'SLV', '', 'Tires',
             NULL, 0, 'open', 'M. Rojas', '2025-03-03', 'commission', 7, '2025-05-02', 'cafta-dr.commission-request', 0,
             '2025-03-03T10:00:00.000Z', '2025-03-20T10:00:00.000Z', 3)`,
  ).run(CASE_ID);
  db.prepare('INSERT INTO case_third_parties (case_id, position, party) VALUES (?, 0, ?)').run(CASE_ID, 'USA');
  db.prepare('INSERT INTO case_hs_codes (case_id, position, code) VALUES (?, 0, ?)').run(CASE_ID, '4011');
  const event = db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, created_at, updated_at) VALUES (?, ?, ?, ?, '', '2025-03-20T10:00:00.000Z', '2025-03-20T10:00:00.000Z')",
  );
  event.run('e0000000-0000-4000-8000-000000000001', CASE_ID, 'consultations_requested', '2025-03-03');
  event.run('e0000000-0000-4000-8000-000000000002', CASE_ID, 'commission_meeting_requested', '2025-03-20');
  db.prepare(
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after) VALUES ('2025-03-03T10:00:00.000Z', 'Ana', 'create', 'case', ?, ?, NULL, '{}')",
  ).run(CASE_ID, CASE_ID);
  // Version 10 kept the fingerprint of the rules that computed the stored limits.
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', 'v0.1 rules')").run();
}

describe('migration 20 (procedure v2), from version 10', () => {
  it('keeps every row, adds the new fields at their defaults and recomputes the limits', async () => {
    fixture = versionFile(10, seedVersion10);
    const db = await openDatabase(fixture.file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.prepare('SELECT submitter, reconvene_grounds AS grounds, version FROM cases WHERE id = ?').get(CASE_ID)).toEqual({
        submitter: '',
        grounds: null,
        version: 3,
      });
      expect(db.prepare('SELECT type, date, scheduled FROM case_events ORDER BY date').all()).toEqual([
        { type: 'consultations_requested', date: '2025-03-03', scheduled: 0 },
        { type: 'commission_meeting_requested', date: '2025-03-20', scheduled: 0 },
      ]);
      // Recomputed with the v2 rules: the request of day 17 is premature
      // (3 Mar + 60 = 2 May; from 3 May), and the case's next limit moved.
      const stored = db.prepare("SELECT date, resolution FROM case_limits WHERE case_id = ? AND rule = 'cafta-dr.commission-request'").get(CASE_ID);
      expect(stored).toEqual({ date: '2025-05-03', resolution: 'premature' });
      expect(db.prepare('SELECT next_limit_date FROM cases WHERE id = ?').pluck().get(CASE_ID)).toBe('2025-03-30');
      expect(rowCount(db, 'audit_log')).toBe(1);
      // The rebuilt text index finds the rows written before migrating.
      expect(db.prepare("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'originating tires'").pluck().get()).toBe(1);
      expect(() => db.exec("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")).not.toThrow();
      expect(rowCount(db, 'case_claims')).toBe(0);
      expect(rowCount(db, 'case_limit_agreements')).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const call = createDispatch(db, { now: () => new Date(2025, 3, 1, 9) });
      const response = call('cases.get', { id: CASE_ID });
      if (!response.ok) throw new Error(JSON.stringify(response));
      const detail = response.result as CaseDetail;
      expect(detail.case).toMatchObject({ reference: 'CAFTA-DR-2025-001', complainant: 'CRI', submitter: '', thirdParties: ['USA'], hsCodes: ['4011'], claims: [], reconveneGrounds: null, leadOfficer: 'M. Rojas', version: 3 });
      expect(detail.limits.find((limit) => limit.rule === 'cafta-dr.commission-request')?.status).toBe('premature');
    } finally {
      db.close();
    }

    // The file as it was before migrating is kept in backups/.
    const backup = new Database(migrationBackup(fixture.file, LATEST) ?? 'no backup taken', { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(10);
      expect(rowCount(backup, 'case_events')).toBe(2);
    } finally {
      backup.close();
    }
  });

  it('refuses an agreed period that gives both a date and days, or neither (table constraint)', async () => {
    fixture = versionFile(10, seedVersion10);
    const db = await openDatabase(fixture.file);
    try {
      const insert = db.prepare(
        "INSERT INTO case_limit_agreements (case_id, rule, date, days, note, created_at) VALUES (?, 'cafta-dr.final-report', ?, ?, '', '2026-01-01')",
      );
      expect(() => insert.run(CASE_ID, '2026-05-01', 30)).toThrow(/CHECK/);
      expect(() => insert.run(CASE_ID, null, null)).toThrow(/CHECK/);
      expect(() => insert.run(CASE_ID, null, 30)).not.toThrow();
    } finally {
      db.close();
    }
  });
});

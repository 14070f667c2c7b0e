// Migration 90 from a file version 80 left: the cases keep every column, a
// case removed before the upgrade leaves the text index (a search counts
// only live cases without subtracting), live ones stay searchable, and
// removing, restoring and editing keep the index to the live cases after it.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';

const LIVE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e91';
const REMOVED_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e92';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedVersion80(db: Database.Database): void {
  const insert = db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version, deleted_at)
     VALUES (?, ?, 'cafta-dr', 'dispute', ?, '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, 'open', 'Ana Pérez', '2026-01-05',
             'not_started', 0, 0, '2026-01-05T10:00:00.000Z', ?, 1, ?)`,
  );
  insert.run(LIVE_ID, 'CAFTA-DR-2026-001', 'Dairy permits', '2026-01-06T10:00:00.000Z', null);
  insert.run(REMOVED_ID, 'CAFTA-DR-2026-002', 'Dairy quotas', '2026-01-07T10:00:00.000Z', '2026-02-01T10:00:00.000Z');
  db.prepare("INSERT INTO case_third_parties (case_id, position, party) VALUES (?, 0, 'GTM')").run(LIVE_ID);
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

function matches(db: Database.Database, word: string): number[] {
  return db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid').pluck().all(`"${word}"*`) as number[];
}

describe('migration 90 (list indexes), from version 80', () => {
  it('keeps the cases, takes removed cases out of the text index and keeps it to the live cases after', async () => {
    fixture = versionFile(80, seedVersion80);
    const db = await openDatabase(fixture.file);
    try {
      const seqs = db.prepare('SELECT id, seq, title, deleted_at AS deletedAt FROM cases ORDER BY seq').all();
      expect(seqs).toEqual([
        { id: LIVE_ID, seq: 1, title: 'Dairy permits', deletedAt: null },
        { id: REMOVED_ID, seq: 2, title: 'Dairy quotas', deletedAt: '2026-02-01T10:00:00.000Z' },
      ]);
      expect(matches(db, 'dairy')).toEqual([1]);
      expect(() => db.prepare("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')").run()).not.toThrow();

      const call = createDispatch(db);
      const list = (text: string) => call('cases.list', { text });
      expect(list('dairy')).toMatchObject({ ok: true, result: { total: 1, rows: [{ id: LIVE_ID }] } });
      expect(list('GTM')).toMatchObject({ ok: true, result: { total: 0 } });
      expect(call('cases.list', { party: 'GTM' })).toMatchObject({ ok: true, result: { total: 1, rows: [{ id: LIVE_ID }] } });

      expect(call('cases.restore', { id: REMOVED_ID }).ok).toBe(true);
      expect(matches(db, 'dairy')).toEqual([1, 2]);
      expect(call('cases.update', { id: REMOVED_ID, version: 2, title: 'Sugar quotas' }).ok).toBe(true);
      expect(matches(db, 'dairy')).toEqual([1]);
      expect(matches(db, 'sugar')).toEqual([2]);
      expect(call('cases.remove', { id: REMOVED_ID, version: 3 }).ok).toBe(true);
      expect(matches(db, 'sugar')).toEqual([]);
      expect(list('quotas')).toMatchObject({ ok: true, result: { total: 0 } });
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('the default sort index carries what the Party filter tests, after seq so the order stays (updated_at, seq)', async () => {
    fixture = versionFile(80, seedVersion80);
    const db = await openDatabase(fixture.file);
    try {
      const columns = db.prepare("SELECT name FROM pragma_index_info('cases_list_updated_at') ORDER BY seqno").pluck().all();
      expect(columns).toEqual(['updated_at', 'seq', 'complainant', 'respondent', 'id']);
    } finally {
      db.close();
    }
  });
});

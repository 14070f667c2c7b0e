// Migration 60 from a file version 50 left: every case and third party kept
// as it was, removed-at empty, folded sort keys, and counts that the triggers
// keep equal to a recount through later writes.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/contract';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';
import { foldSql } from './0060-list-keys';

const IDS = ['6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e61', '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e62', '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e63'];

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedVersion50(db: Database.Database): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, ?, 'cafta-dr', ?, ?, '', ?, ?, ?, '', '', NULL, 0, NULL, ?, ?, '2026-01-05', 'not_started', 0, 0,
             '2026-01-05T10:00:00.000Z', ?, 1)`,
  );
  insertCase.run(IDS[0], 'CAFTA-DR-2026-001', 'dispute', 'Zoning of ports', 'CRI', 'SLV', '', 'open', 'Zoe Adams', '2026-01-05T10:00:00.000Z');
  insertCase.run(IDS[1], 'CAFTA-DR-2026-002', 'dispute', 'Árbitros y PLAZOS', 'USA', 'GTM', '', 'closed', 'Álvaro Núñez', '2026-01-06T10:00:00.000Z');
  // An environment submission: no complaining Party, stored as '' (migration 20).
  insertCase.run(IDS[2], 'CAFTA-DR-2026-003', 'environment_submission', 'émissions', '', 'HND', 'PRETOMA', 'open', 'ana', '2026-01-07T10:00:00.000Z');
  const third = db.prepare('INSERT INTO case_third_parties (case_id, position, party) VALUES (?, ?, ?)');
  third.run(IDS[0], 0, 'GTM');
  third.run(IDS[0], 1, 'NIC');
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

/** Every stored column of every case and third party, as one text. */
function checksum(db: Database.Database): string {
  const cases = db.prepare('SELECT * FROM cases ORDER BY seq').all() as Record<string, unknown>[];
  const stored = cases.map(({ deleted_at: _d, title_key: _t, lead_officer_key: _l, ...rest }) => rest);
  return JSON.stringify([stored, db.prepare('SELECT * FROM case_third_parties ORDER BY case_id, position').all()]);
}

function recount(db: Database.Database): { party: string; agreement: string; kind: string; status: string; stage: string; n: number }[] {
  return db
    .prepare(
      `SELECT party, agreement, kind, status, stage, count(*) AS n FROM (
         SELECT seq, '*' AS party FROM cases UNION SELECT seq, complainant FROM cases WHERE complainant <> ''
         UNION SELECT seq, respondent FROM cases UNION SELECT c.seq, t.party FROM case_third_parties t JOIN cases c ON c.id = t.case_id) AS p
       JOIN cases USING (seq) WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    )
    .all() as ReturnType<typeof recount>;
}

function counted(db: Database.Database): ReturnType<typeof recount> {
  return db
    .prepare('SELECT party, agreement, kind, status, stage, n FROM case_list_counts WHERE n > 0 ORDER BY 1, 2, 3, 4, 5')
    .all() as ReturnType<typeof recount>;
}

describe('migration 60 (list keys), from version 50', () => {
  it('keeps every case, folds the sort keys and counts the cases as a recount does, through later writes', async () => {
    fixture = versionFile(50, seedVersion50);
    const before = new Database(fixture.file, { readonly: true });
    const original = checksum(before);
    before.close();

    const db = await openDatabase(fixture.file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(60);
      // The open may recompute stages; compare what the migration itself must keep.
      const after = JSON.parse(checksum(db)) as [Record<string, unknown>[], unknown[]];
      const [cases, thirds] = JSON.parse(original) as [Record<string, unknown>[], unknown[]];
      expect(after[1]).toEqual(thirds);
      expect(after[0].map(({ stage: _s, stage_order: _o, next_limit_date: _n, next_limit_rule: _r, ...rest }) => rest)).toEqual(
        cases.map(({ stage: _s, stage_order: _o, next_limit_date: _n, next_limit_rule: _r, ...rest }) => rest),
      );
      const keys = db.prepare('SELECT deleted_at AS deletedAt, title_key AS title, lead_officer_key AS officer FROM cases ORDER BY seq').all();
      expect(keys).toEqual([
        { deletedAt: null, title: 'zoning of ports', officer: 'zoe adams' },
        { deletedAt: null, title: 'arbitros y plazos', officer: 'alvaro nunez' },
        { deletedAt: null, title: 'emissions', officer: 'ana' },
      ]);
      expect(counted(db)).toEqual(recount(db));
      expect(counted(db).find((row) => row.party === '*' && row.status === 'open' && row.kind === 'dispute')?.n).toBe(1);

      const call = createDispatch(db);
      const list = call('cases.list', { sort: { column: 'leadOfficer', direction: 'asc' } });
      expect(list).toMatchObject({ ok: true, result: { total: 3 } });
      if (list.ok) expect((list.result as Result<'cases.list'>).rows.map((row) => row.leadOfficer)).toEqual(['Álvaro Núñez', 'ana', 'Zoe Adams']);

      expect(call('cases.update', { id: IDS[0], version: 1, status: 'resolved', thirdParties: ['HND'], complainant: 'GTM' }).ok).toBe(true);
      expect(call('cases.update', { id: IDS[1], version: 1, agreement: 'us-colombia-tpa', complainant: 'USA', respondent: 'COL' }).ok).toBe(true);
      expect(
        call('cases.create', { agreement: 'us-peru-tpa', kind: 'dispute', title: 'Ñandú', complainant: 'PER', respondent: 'USA' }).ok,
      ).toBe(true);
      expect(call('events.add', { caseId: IDS[0], type: 'consultations_requested', date: '2026-02-01' }).ok).toBe(true);
      expect(counted(db)).toEqual(recount(db));
      // A removed case (soft delete, to come) leaves the counts and every list.
      db.prepare("UPDATE cases SET deleted_at = '2026-03-01T00:00:00.000Z' WHERE id = ?").run(IDS[2]);
      expect(counted(db)).toEqual(recount(db));
      const after2 = call('cases.list', { text: 'emissions' });
      expect(after2).toMatchObject({ ok: true, result: { total: 0, rows: [] } });
      expect(call('cases.list', { status: 'open' })).toMatchObject({ ok: true, result: { total: 1 } });
    } finally {
      db.close();
    }
  });

  it('folds accents and case as Unicode decomposition does, for Latin text', () => {
    const db = new Database(':memory:');
    try {
      for (const text of ['Álvaro Núñez', 'ÉMILE Zola', 'Perú, Señor', 'Łódź', 'çà et là', 'São Tomé', 'plain ASCII', '']) {
        const sql = db.prepare(`SELECT ${foldSql('?')} AS folded`).get(text, text, text) as { folded: string };
        const expected = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[A-Z]/g, (letter) => letter.toLowerCase());
        // Ł has no decomposition: kept as it is, as by SQLite's ASCII-only lower().
        expect(sql.folded, text).toBe(expected);
      }
    } finally {
      db.close();
    }
  });
});

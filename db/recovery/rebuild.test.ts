// Salvage of a file with a page of the cases table zeroed (issue 7 §1): the
// cases on that page come back from their history, as they were, with their
// events, claims, HS codes, third Parties and limits; a history entry that
// does not verify rebuilds nothing; and a full disk fails the salvage,
// leaving no half-made file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalvagedTable } from '../../shared/recovery/api';
import { databaseFile } from '../dataFolder';
import { createDispatch } from '../dispatch';
import { verifyHistoryChain } from '../history/chain';
import { checkIntegrity } from '../integrity/check';
import { leafPages, zeroPage } from '../integrity/damagedFiles';
import { openDatabase } from '../open';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { salvageInto, type SalvageReport } from './salvage';

const CASES = 120;
const folders: string[] = [];
function folder(): string {
  const made = tempFolder();
  folders.push(made);
  return made;
}
afterEach(() => {
  while (folders.length > 0) fs.rmSync(folders.pop() ?? '', { recursive: true, force: true });
});

/** What a case is, row by row, to compare the salvaged file with the file before the damage. */
const CASE_ROWS = `SELECT c.id, c.reference, c.agreement, c.kind, c.title, c.summary, c.complainant, c.respondent, c.submitter, c.status,
         c.opened_on, c.stage, c.created_at, c.updated_at, c.version, c.deleted_at,
         (SELECT group_concat(party) FROM case_third_parties WHERE case_id = c.id) AS parties,
         (SELECT group_concat(code) FROM case_hs_codes WHERE case_id = c.id) AS codes,
         (SELECT group_concat(provision || ':' || finding) FROM case_claims WHERE case_id = c.id) AS claims,
         (SELECT group_concat(type || '@' || date) FROM case_events WHERE case_id = c.id) AS events,
         (SELECT count(*) FROM case_limits WHERE case_id = c.id) AS limits
    FROM cases AS c ORDER BY c.id`;

function rows(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(CASE_ROWS).all();
  } finally {
    db.close();
  }
}

/**
 * A casebook of cases with third Parties, HS codes, a claim and an event each
 * (every third one then moved to the Trash), closed cleanly; `alter` may
 * change the file before a middle page of the cases table is zeroed.
 */
async function damagedCasebook(alter?: (db: Database.Database) => void): Promise<{ file: string; before: unknown[] }> {
  const file = databaseFile(folder());
  const db = await openDatabase(file);
  try {
    const dispatch = createDispatch(db, { device: 'test-laptop', now: () => new Date(2026, 2, 10, 9) });
    for (let index = 0; index < CASES; index += 1) {
      const created = dispatch(
        'cases.create',
        caseInput({
          title: `Import licensing measure ${index + 1}`,
          summary: `Consultations on the licensing regime, case ${index + 1}. `.repeat(12),
          thirdParties: ['GTM'],
          hsCodes: ['0804', '08045020'],
          claims: [{ provision: 'Art. 3.3.2', finding: 'pending' }],
        }),
      );
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const id = (created.result as { id: string }).id;
      const event = dispatch('events.add', { caseId: id, type: 'consultations_requested', date: '2026-03-02' });
      if (!event.ok) throw new Error(JSON.stringify(event.error));
      if (index % 3 === 0) {
        const removed = dispatch('cases.remove', { id, version: 1 });
        if (!removed.ok) throw new Error(JSON.stringify(removed.error));
      }
    }
    alter?.(db);
  } finally {
    db.close();
  }
  const before = rows(file);
  const leaves = leafPages(file, 'cases');
  const page = leaves[Math.floor(leaves.length / 2)];
  if (page === undefined) throw new Error('no leaf page');
  zeroPage(file, page);
  return { file, before };
}

function table(report: SalvageReport, name: string): SalvagedTable {
  const found = report.tables.find((entry) => entry.table === name);
  if (found === undefined) throw new Error(`${name} is not in the report`);
  return found;
}

describe('salvage rebuilds the cases a damaged page lost', () => {
  it('from their newest history entry, with every row that belongs to them', async () => {
    const { file, before } = await damagedCasebook();
    const target = path.join(folder(), 'salvaged.sqlite');
    const report = await salvageInto(file, target);

    const cases = table(report, 'cases');
    expect(cases).toMatchObject({ damaged: true, dropped: 0 });
    expect(cases.rebuilt).toBeGreaterThan(0);
    expect(cases.copied + cases.rebuilt).toBe(CASES);
    // Nothing left without its case, and the lists the lost cases held are back.
    for (const name of ['case_events', 'case_claims', 'case_hs_codes', 'case_third_parties', 'case_limits']) expect(table(report, name).dropped, name).toBe(0);
    expect(table(report, 'case_events')).toMatchObject({ copied: CASES, rebuilt: 0 });
    expect(table(report, 'case_hs_codes').copied + table(report, 'case_hs_codes').rebuilt).toBe(2 * CASES);
    expect(report.cases).toBe(CASES - CASES / 3);

    // Each case as it was before the damage: fields, lists, events, limits, version, the Trash.
    expect(rows(target)).toEqual(before);
    expect(await checkIntegrity(target, { full: true })).toEqual({ ok: true });
    const salvaged = new Database(target, { readonly: true });
    try {
      expect(verifyHistoryChain(salvaged)).toMatchObject({ intact: true });
      expect(salvaged.prepare("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'licensing'").pluck().get()).toBe(CASES - CASES / 3);
    } finally {
      salvaged.close();
    }
  });

  it('not from an entry that does not verify: the case stays lost and its rows are left out', async () => {
    const { file } = await damagedCasebook((db) => {
      // Altered on disk by someone who set the append-only triggers aside.
      db.exec('DROP TRIGGER audit_log_append_only_update');
      db.prepare("UPDATE audit_log SET after = replace(after, 'Import licensing', 'Tampered licensing') WHERE after IS NOT NULL").run();
      db.prepare("UPDATE audit_log SET before = replace(before, 'Import licensing', 'Tampered licensing') WHERE before IS NOT NULL").run();
    });
    const target = path.join(folder(), 'salvaged.sqlite');
    const report = await salvageInto(file, target);

    expect(table(report, 'cases')).toMatchObject({ damaged: true, rebuilt: 0 });
    expect(table(report, 'cases').copied).toBeLessThan(CASES);
    expect(table(report, 'case_events').dropped).toBe(CASES - table(report, 'cases').copied);
    const salvaged = new Database(target, { readonly: true });
    try {
      expect(salvaged.prepare("SELECT count(*) FROM cases WHERE title LIKE 'Tampered%'").pluck().get()).toBe(0);
    } finally {
      salvaged.close();
    }
  });
});

describe('salvage on a full disk', () => {
  it('fails, leaving no half-made file, rather than counting every row as left out', async () => {
    const { file } = await damagedCasebook();
    const target = path.join(folder(), 'salvaged.sqlite');
    // Room for the new file's schema and reference data, not for the cases.
    const fresh = await openDatabase(path.join(folder(), 'sized.sqlite'));
    const pages = fresh.pragma('page_count', { simple: true }) as number;
    fresh.close();

    await expect(salvageInto(file, target, { maxPageCount: pages + 2 })).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

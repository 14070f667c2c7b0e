// Migration 40 and the reference refresh: a body or party this version no
// longer ships is kept, retired, not deleted; shipped again, it returns.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENTS } from '../../shared/reference/agreements';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { refreshReferenceTables } from '../reference';
import { versionFile, type VersionFile } from '../testing/fixtures';

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

/** A body an earlier version shipped and this one does not. */
function seedRetiredBody(db: Database.Database): void {
  db.prepare(
    "INSERT INTO bodies (agreement_id, id, position, name_en, name_es, article, verified, note_en, note_es) VALUES ('cafta-dr', 'old-working-group', 99, 'Old working group', 'Antiguo grupo de trabajo', NULL, 0, NULL, NULL)",
  ).run();
}

describe('migration 40 (reference rows retired, never deleted), from version 30', () => {
  it('keeps a body no longer shipped as retired, leaves it out of agreements.list, and keeps every shipped one', async () => {
    // A shipped body a record might point at is updated in place, never re-inserted.
    fixture = versionFile(30, seedRetiredBody);
    const db = await openDatabase(fixture.file);
    try {
      expect(db.prepare("SELECT retired FROM bodies WHERE id = 'old-working-group'").pluck().get()).toBe(1);
      const shipped = AGREEMENTS.flatMap((info) => info.bodies.map((body) => `${info.id}/${body.id}`)).sort();
      const active = (db.prepare("SELECT agreement_id || '/' || id FROM bodies WHERE retired = 0").pluck().all() as string[]).sort();
      expect(active).toEqual(shipped);
      const response = createDispatch(db)('agreements.list', {});
      expect(JSON.stringify(response)).not.toContain('old-working-group');
      // Every later open refreshes by upsert: the row stays retired, nothing is duplicated.
      db.prepare("UPDATE bodies SET retired = 0 WHERE id = 'old-working-group'").run();
      refreshReferenceTables(db);
      expect(db.prepare("SELECT retired FROM bodies WHERE id = 'old-working-group'").pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(shipped.length + 1);
    } finally {
      db.close();
    }
  });
});

// A database file as an older version of the app left it, built from that
// version's migrations alone — no code of this version runs on it — so a
// migration is tested from its real predecessor (issue 6: "migrations that
// can be trusted"). Tests then insert the rows that version would have
// written, in its own column names, and open the file with openDatabase.
import path from 'node:path';
import Database from 'better-sqlite3';
import { AGREEMENTS } from '../../shared/reference/agreements';
import { databaseFile } from '../dataFolder';
import { MIGRATIONS } from '../migrations/index';
import { APPLICATION_ID } from '../open';
import { tempFolder } from './testDatabase';

export type VersionFile = Readonly<{ folder: string; file: string }>;

/** A file at `version` with the agreements it knew, after `seed` has written its rows. */
export function versionFile(version: number, seed: (db: Database.Database) => void): VersionFile {
  const folder = tempFolder();
  const file = databaseFile(folder);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      for (const migration of MIGRATIONS.filter((candidate) => candidate.version <= version)) {
        // A migration written as code (100) runs as itself: it is as frozen as an SQL one.
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
      }
      // The agreements table has kept its columns since version 10.
      const agreement = db.prepare(
        `INSERT INTO agreements (id, position, reference_prefix, short_name_en, short_name_es, name_en, name_es, signed_on,
                                 chapter_administration, chapter_dispute_settlement, chapter_labor, chapter_environment)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      AGREEMENTS.forEach((info, position) =>
        agreement.run(
          info.id,
          position,
          info.referencePrefix,
          info.shortName.en,
          info.shortName.es,
          info.name.en,
          info.name.es,
          info.signedOn,
          info.chapters.administration,
          info.chapters.disputeSettlement,
          info.chapters.labor,
          info.chapters.environment,
        ),
      );
      seed(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${version}`);
    })();
  } finally {
    db.close();
  }
  return { folder, file: path.resolve(file) };
}

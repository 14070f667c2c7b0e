// Keeps the reference tables equal to shared/reference and shared/domain, the
// facts shipped with this version of the app. Runs on every open; writes only
// when something differs, so opening an up-to-date file writes nothing.
import type Database from 'better-sqlite3';
import type { AgreementInfo } from '../shared/agreements/info';
import { STAGES } from '../shared/domain/stages';
import { AGREEMENTS } from '../shared/reference/agreements';
import { readAgreements } from './agreements/queries';

export function refreshReferenceTables(db: Database.Database): void {
  db.transaction(() => {
    const shipped = AGREEMENTS.map(canonicalAgreement);
    if (JSON.stringify(readAgreements(db)) !== JSON.stringify(shipped)) writeAgreements(db, shipped);
    const stored = db.prepare('SELECT id FROM stages ORDER BY position').pluck().all() as string[];
    if (JSON.stringify(stored) !== JSON.stringify(STAGES)) writeStages(db);
  }).immediate();
}

/** The same key order and optional fields readAgreements produces, for comparison. */
function canonicalAgreement(info: AgreementInfo): AgreementInfo {
  return {
    id: info.id,
    shortName: { en: info.shortName.en, es: info.shortName.es },
    name: { en: info.name.en, es: info.name.es },
    signedOn: info.signedOn,
    referencePrefix: info.referencePrefix,
    parties: info.parties.map((party) =>
      party.note === undefined
        ? { code: party.code, entryIntoForce: party.entryIntoForce }
        : { code: party.code, entryIntoForce: party.entryIntoForce, note: { en: party.note.en, es: party.note.es } },
    ),
    chapters: {
      administration: info.chapters.administration,
      disputeSettlement: info.chapters.disputeSettlement,
      labor: info.chapters.labor,
      environment: info.chapters.environment,
    },
    bodies: info.bodies.map((body) => ({
      id: body.id,
      name: { en: body.name.en, es: body.name.es },
      article: body.article,
      verified: body.verified,
      note: body.note === null ? null : { en: body.note.en, es: body.note.es },
    })),
  };
}

function writeAgreements(db: Database.Database, agreements: readonly AgreementInfo[]): void {
  // Every reference row is upserted, never deleted: cases refer to agreements,
  // and meetings will refer to bodies. A party or body this version no longer
  // ships is marked retired (kept for what refers to it, left out of
  // agreements.list); shipped again, it comes back.
  const upsert = db.prepare(
    `INSERT INTO agreements (id, position, reference_prefix, short_name_en, short_name_es, name_en, name_es, signed_on,
                             chapter_administration, chapter_dispute_settlement, chapter_labor, chapter_environment)
     VALUES (@id, @position, @referencePrefix, @shortNameEn, @shortNameEs, @nameEn, @nameEs, @signedOn,
             @administration, @disputeSettlement, @labor, @environment)
     ON CONFLICT (id) DO UPDATE SET
       position = excluded.position, reference_prefix = excluded.reference_prefix,
       short_name_en = excluded.short_name_en, short_name_es = excluded.short_name_es,
       name_en = excluded.name_en, name_es = excluded.name_es, signed_on = excluded.signed_on,
       chapter_administration = excluded.chapter_administration,
       chapter_dispute_settlement = excluded.chapter_dispute_settlement,
       chapter_labor = excluded.chapter_labor, chapter_environment = excluded.chapter_environment`,
  );
  const insertParty = db.prepare(
    `INSERT INTO parties (agreement_id, code, position, entry_into_force, note_en, note_es, retired) VALUES (?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (agreement_id, code) DO UPDATE SET position = excluded.position, entry_into_force = excluded.entry_into_force,
       note_en = excluded.note_en, note_es = excluded.note_es, retired = 0`,
  );
  const insertBody = db.prepare(
    `INSERT INTO bodies (agreement_id, id, position, name_en, name_es, article, verified, note_en, note_es, retired)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (agreement_id, id) DO UPDATE SET position = excluded.position, name_en = excluded.name_en,
       name_es = excluded.name_es, article = excluded.article, verified = excluded.verified,
       note_en = excluded.note_en, note_es = excluded.note_es, retired = 0`,
  );
  db.prepare('UPDATE parties SET retired = 1').run();
  db.prepare('UPDATE bodies SET retired = 1').run();
  agreements.forEach((info, position) => {
    upsert.run({
      id: info.id,
      position,
      referencePrefix: info.referencePrefix,
      shortNameEn: info.shortName.en,
      shortNameEs: info.shortName.es,
      nameEn: info.name.en,
      nameEs: info.name.es,
      signedOn: info.signedOn,
      administration: info.chapters.administration,
      disputeSettlement: info.chapters.disputeSettlement,
      labor: info.chapters.labor,
      environment: info.chapters.environment,
    });
    info.parties.forEach((party, index) =>
      insertParty.run(info.id, party.code, index, party.entryIntoForce, party.note?.en ?? null, party.note?.es ?? null),
    );
    info.bodies.forEach((body, index) =>
      insertBody.run(info.id, body.id, index, body.name.en, body.name.es, body.article, body.verified ? 1 : 0, body.note?.en ?? null, body.note?.es ?? null),
    );
  });
}

function writeStages(db: Database.Database): void {
  db.prepare('DELETE FROM stages').run();
  const insert = db.prepare('INSERT INTO stages (id, position) VALUES (?, ?)');
  STAGES.forEach((stage, position) => insert.run(stage, position));
  // The procedure order changed (a new version added or moved a stage): the
  // stored sort key of every case follows.
  // A stage no longer listed sorts last until syncProcedureLimits recomputes it.
  db.prepare(
    `UPDATE cases SET stage_order = coalesce((SELECT position FROM stages WHERE stages.id = cases.stage), ${STAGES.length})
      WHERE stage_order IS NOT coalesce((SELECT position FROM stages WHERE stages.id = cases.stage), ${STAGES.length})`,
  ).run();
}

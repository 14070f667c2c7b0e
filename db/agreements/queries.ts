// AgreementInfo read back from the reference tables (agreements, parties, bodies).
import type Database from 'better-sqlite3';
import type { AgreementInfo, AgreementParty, TreatyBody } from '../../shared/agreements/info';
import type { AgreementId, PartyCode } from '../../shared/domain/agreements';
import type { Localized } from '../../shared/domain/limits';
import { statement } from '../statements';

type AgreementRow = {
  id: AgreementId;
  referencePrefix: string;
  shortNameEn: string;
  shortNameEs: string;
  nameEn: string;
  nameEs: string;
  signedOn: string;
  administration: string;
  disputeSettlement: string;
  labor: string;
  environment: string;
};
type PartyRow = { agreementId: string; code: PartyCode; entryIntoForce: string | null; noteEn: string | null; noteEs: string | null };
type BodyRow = {
  agreementId: string;
  id: string;
  nameEn: string;
  nameEs: string;
  article: string | null;
  verified: 0 | 1;
  noteEn: string | null;
  noteEs: string | null;
};

export function readAgreements(db: Database.Database): AgreementInfo[] {
  const agreements = statement(
    db,
    `SELECT id, reference_prefix AS referencePrefix, short_name_en AS shortNameEn, short_name_es AS shortNameEs,
            name_en AS nameEn, name_es AS nameEs, signed_on AS signedOn,
            chapter_administration AS administration, chapter_dispute_settlement AS disputeSettlement,
            chapter_labor AS labor, chapter_environment AS environment
       FROM agreements ORDER BY position`,
  ).all() as AgreementRow[];
  const parties = statement(
    db,
    `SELECT agreement_id AS agreementId, code, entry_into_force AS entryIntoForce, note_en AS noteEn, note_es AS noteEs
       FROM parties WHERE retired = 0 ORDER BY agreement_id, position`,
  ).all() as PartyRow[];
  const bodies = statement(
    db,
    `SELECT agreement_id AS agreementId, id, name_en AS nameEn, name_es AS nameEs, article, verified,
            note_en AS noteEn, note_es AS noteEs
       FROM bodies WHERE retired = 0 ORDER BY agreement_id, position`,
  ).all() as BodyRow[];
  return agreements.map((row) => ({
    id: row.id,
    shortName: { en: row.shortNameEn, es: row.shortNameEs },
    name: { en: row.nameEn, es: row.nameEs },
    signedOn: row.signedOn,
    referencePrefix: row.referencePrefix,
    parties: parties.filter((party) => party.agreementId === row.id).map(toParty),
    chapters: {
      administration: row.administration,
      disputeSettlement: row.disputeSettlement,
      labor: row.labor,
      environment: row.environment,
    },
    bodies: bodies.filter((body) => body.agreementId === row.id).map(toBody),
  }));
}

function toParty(row: PartyRow): AgreementParty {
  const note = localized(row.noteEn, row.noteEs);
  return note === null ? { code: row.code, entryIntoForce: row.entryIntoForce } : { code: row.code, entryIntoForce: row.entryIntoForce, note };
}

function toBody(row: BodyRow): TreatyBody {
  return {
    id: row.id,
    name: { en: row.nameEn, es: row.nameEs },
    article: row.article,
    verified: row.verified === 1,
    note: localized(row.noteEn, row.noteEs),
  };
}

function localized(en: string | null, es: string | null): Localized | null {
  return en === null || es === null ? null : { en, es };
}

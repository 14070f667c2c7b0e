// Reading and writing case rows and their child tables (third parties, HS
// codes, claims).
import type Database from 'better-sqlite3';
import type { AgreementId, PartyCode } from '../../shared/domain/agreements';
import {
  EDITABLE_CASE_FIELDS,
  type CaseKind,
  type CaseRecord,
  type CaseStatus,
  type Claim,
  type EditableCaseField,
  type NteCategory,
  type ReconveneGrounds,
} from '../../shared/cases/domain';
import { STAGES, type Stage } from '../../shared/domain/stages';
import { statement } from '../statements';

/** The fields a person edits; everything else on CaseRecord is kept by the data layer. */
export type CaseFields = Readonly<Pick<CaseRecord, EditableCaseField>>;

export const CASE_FIELD_NAMES = EDITABLE_CASE_FIELDS;

/**
 * An environment submission has no complaining Party. cases.complainant has
 * been NOT NULL since migration 10, so "none" is stored as '' (migration 20).
 */
const NO_PARTY = '';

type StoredCase = {
  id: string;
  reference: string;
  agreement: AgreementId;
  kind: CaseKind;
  title: string;
  summary: string;
  complainant: PartyCode | typeof NO_PARTY;
  respondent: PartyCode;
  submitter: string;
  measure: string;
  sector: string;
  nteCategory: NteCategory | null;
  perishable: 0 | 1;
  reconveneGrounds: ReconveneGrounds | null;
  sample: 0 | 1;
  status: CaseStatus;
  leadOfficer: string;
  openedOn: string;
  stage: Stage;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** The position of a stage in procedure order, stored as cases.stage_order for sorting. */
export function stageOrder(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** A live case; with `removed`, a case in the Trash instead. */
export function readCase(db: Database.Database, id: string, removed = false): CaseRecord | null {
  const row = statement(
    db,
    `SELECT id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector,
            nte_category AS nteCategory, perishable, reconvene_grounds AS reconveneGrounds, sample, status,
            lead_officer AS leadOfficer, opened_on AS openedOn, stage, created_at AS createdAt, updated_at AS updatedAt, version
       FROM cases WHERE id = ? AND ${removed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'}`,
  ).get(id) as StoredCase | undefined;
  if (row === undefined) return null;
  const thirdParties = statement(db, 'SELECT party FROM case_third_parties WHERE case_id = ? ORDER BY position')
    .pluck()
    .all(id) as PartyCode[];
  const hsCodes = statement(db, 'SELECT code FROM case_hs_codes WHERE case_id = ? ORDER BY position').pluck().all(id) as string[];
  return {
    id: row.id,
    reference: row.reference,
    agreement: row.agreement,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    complainant: row.complainant === NO_PARTY ? null : row.complainant,
    respondent: row.respondent,
    submitter: row.submitter,
    thirdParties,
    measure: row.measure,
    sector: row.sector,
    hsCodes,
    nteCategory: row.nteCategory,
    perishable: row.perishable === 1,
    claims: readClaims(db, id),
    reconveneGrounds: row.reconveneGrounds,
    status: row.status,
    leadOfficer: row.leadOfficer,
    openedOn: row.openedOn,
    stage: row.stage,
    sample: row.sample === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function readClaims(db: Database.Database, caseId: string): Claim[] {
  return statement(db, 'SELECT provision, finding FROM case_claims WHERE case_id = ? ORDER BY position').all(caseId) as Claim[];
}

/** Moves a case to the Trash (a date) or back (null). */
export function setCaseRemoved(db: Database.Database, id: string, removedAt: string | null): void {
  statement(db, 'UPDATE cases SET deleted_at = ? WHERE id = ?').run(removedAt, id);
}

export function caseExists(db: Database.Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM cases WHERE id = ?').get(id) !== undefined;
}

export type NewCase = CaseFields &
  Readonly<{ id: string; reference: string; stage: Stage; createdAt: string; sample: boolean }>;

export function insertCase(db: Database.Database, record: NewCase): void {
  statement(
    db,
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector,
                        nte_category, perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order,
                        sample, created_at, updated_at, version)
     VALUES (@id, @reference, @agreement, @kind, @title, @summary, @complainant, @respondent, @submitter, @measure, @sector,
             @nteCategory, @perishable, @reconveneGrounds, @status, @leadOfficer, @openedOn, @stage, @stageOrder,
             @sample, @createdAt, @createdAt, 1)`,
  ).run({
    ...scalarFields(record),
    id: record.id,
    reference: record.reference,
    stage: record.stage,
    stageOrder: stageOrder(record.stage),
    sample: record.sample ? 1 : 0,
    createdAt: record.createdAt,
  });
  writeChildren(db, record.id, record);
}

/** Writes the edited fields; the write path (db/changes.ts) stamps the version and updated_at. */
export function updateCaseFields(db: Database.Database, id: string, fields: CaseFields): void {
  statement(
    db,
    `UPDATE cases SET agreement = @agreement, kind = @kind, title = @title, summary = @summary,
            complainant = @complainant, respondent = @respondent, submitter = @submitter, measure = @measure, sector = @sector,
            nte_category = @nteCategory, perishable = @perishable, reconvene_grounds = @reconveneGrounds, status = @status,
            lead_officer = @leadOfficer, opened_on = @openedOn
      WHERE id = @id`,
  ).run({ ...scalarFields(fields), id });
  statement(db, 'DELETE FROM case_third_parties WHERE case_id = ?').run(id);
  statement(db, 'DELETE FROM case_hs_codes WHERE case_id = ?').run(id);
  statement(db, 'DELETE FROM case_claims WHERE case_id = ?').run(id);
  writeChildren(db, id, fields);
}

/** Marks activity on a case (an event changed) without touching its edited fields or version. */
export function touchCase(db: Database.Database, id: string, updatedAt: string): void {
  statement(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

function scalarFields(fields: CaseFields) {
  return {
    agreement: fields.agreement,
    kind: fields.kind,
    title: fields.title,
    summary: fields.summary,
    complainant: fields.complainant ?? NO_PARTY,
    respondent: fields.respondent,
    submitter: fields.submitter,
    measure: fields.measure,
    sector: fields.sector,
    nteCategory: fields.nteCategory,
    perishable: fields.perishable ? 1 : 0,
    reconveneGrounds: fields.reconveneGrounds,
    status: fields.status,
    leadOfficer: fields.leadOfficer,
    openedOn: fields.openedOn,
  };
}

function writeChildren(db: Database.Database, id: string, fields: Pick<CaseFields, 'thirdParties' | 'hsCodes' | 'claims'>): void {
  const party = statement(db, 'INSERT INTO case_third_parties (case_id, position, party) VALUES (?, ?, ?)');
  fields.thirdParties.forEach((code, position) => party.run(id, position, code));
  const hsCode = statement(db, 'INSERT INTO case_hs_codes (case_id, position, code) VALUES (?, ?, ?)');
  fields.hsCodes.forEach((code, position) => hsCode.run(id, position, code));
  const claim = statement(db, 'INSERT INTO case_claims (case_id, position, provision, finding) VALUES (?, ?, ?, ?)');
  fields.claims.forEach((entry, position) => claim.run(id, position, entry.provision, entry.finding));
}

import type { AgreementId, PartyCode } from '../domain/agreements';
import type { Stage } from '../domain/stages';

export const CASE_KINDS = [
  'dispute',
  'labor_consultation',
  'environment_consultation',
  'committee_matter',
  // A person's submission asserting that a Party fails to effectively enforce
  // its environmental laws (CAFTA-DR Art. 17.7–17.8; TPA Art. 18.8–18.9).
  'environment_submission',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['open', 'suspended', 'resolved', 'withdrawn', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// The 14 barrier categories of USTR's National Trade Estimate report
// (domain-facts §9; the exact 2025 headings of items 8–14 are unverified, so
// the UI labels them generically rather than quoting the report).
export const NTE_CATEGORIES = [
  'import_policies',
  'technical_barriers',
  'sps_measures',
  'government_procurement',
  'intellectual_property',
  'services',
  'digital_trade',
  'investment',
  'subsidies',
  'anticompetitive_practices',
  'state_owned_enterprises',
  'labor',
  'environment',
  'other',
] as const;
export type NteCategory = (typeof NTE_CATEGORIES)[number];

/**
 * What the panel found on one provision claimed (CAFTA-DR Art. 20.15 / TPA Art.
 * 21.15): the remedy rules follow from these, never from which consultations a
 * case went through (issue 5 §4).
 */
export const FINDINGS = ['pending', 'non_conformity', 'conformity'] as const;
export type Finding = (typeof FINDINGS)[number];
export type Claim = Readonly<{ provision: string; finding: Finding }>;

/**
 * The grounds of a request to reconvene the panel (Art. 20.16.3 / 21.16.3):
 * (a) the proposed level of suspension is manifestly excessive, (b) the
 * non-conformity has been eliminated. The panel has 90 days on one ground and
 * 120 on both.
 */
export const RECONVENE_GROUNDS = ['excessive_level', 'eliminated', 'both'] as const;
export type ReconveneGrounds = (typeof RECONVENE_GROUNDS)[number];

export type CaseRecord = Readonly<{
  id: string;
  reference: string;
  agreement: AgreementId;
  kind: CaseKind;
  title: string;
  summary: string;
  /** Null only for an environment submission, which a person files, not a Party. */
  complainant: PartyCode | null;
  respondent: PartyCode;
  thirdParties: readonly PartyCode[];
  /** The person or organization that filed an environment submission; empty for other kinds. */
  submitter: string;
  measure: string;
  sector: string;
  hsCodes: readonly string[];
  nteCategory: NteCategory | null;
  perishable: boolean;
  claims: readonly Claim[];
  reconveneGrounds: ReconveneGrounds | null;
  status: CaseStatus;
  leadOfficer: string;
  openedOn: string;
  stage: Stage;
  /** Loaded from the sample casebook (demo.load), not entered by the user. */
  sample: boolean;
  createdAt: string;
  updatedAt: string;
  // Optimistic concurrency: cases.update must send the version it read.
  version: number;
}>;

/**
 * The fields a person edits, in the order the case form shows them; every
 * other field of CaseRecord is kept by the data layer.
 */
export const EDITABLE_CASE_FIELDS = [
  'agreement',
  'kind',
  'title',
  'summary',
  'complainant',
  'respondent',
  'submitter',
  'thirdParties',
  'measure',
  'sector',
  'hsCodes',
  'nteCategory',
  'perishable',
  'claims',
  'reconveneGrounds',
  'status',
  'leadOfficer',
  'openedOn',
] as const satisfies readonly (keyof CaseRecord)[];
export type EditableCaseField = (typeof EDITABLE_CASE_FIELDS)[number];

/** One row of the cases table: the record plus its nearest pending time limit. */
export type CaseRow = Readonly<
  Pick<
    CaseRecord,
    | 'id'
    | 'reference'
    | 'agreement'
    | 'kind'
    | 'title'
    | 'complainant'
    | 'respondent'
    | 'submitter'
    | 'perishable'
    | 'status'
    | 'stage'
    | 'leadOfficer'
    | 'openedOn'
    | 'updatedAt'
    | 'sample'
  > & {
    nextLimitDate: string | null;
    nextLimitRule: string | null;
  }
>;

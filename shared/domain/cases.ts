import type { AgreementId, PartyCode } from './agreements';
import type { Stage } from './stages';

export const CASE_KINDS = ['dispute', 'labor_consultation', 'environment_consultation', 'committee_matter'] as const;
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

export type CaseRecord = Readonly<{
  id: string;
  reference: string;
  agreement: AgreementId;
  kind: CaseKind;
  title: string;
  summary: string;
  complainant: PartyCode;
  respondent: PartyCode;
  thirdParties: readonly PartyCode[];
  measure: string;
  sector: string;
  hsCodes: readonly string[];
  nteCategory: NteCategory | null;
  perishable: boolean;
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
  'thirdParties',
  'measure',
  'sector',
  'hsCodes',
  'nteCategory',
  'perishable',
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

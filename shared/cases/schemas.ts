// Input schemas of the cases methods. dispatch (db/dispatch.ts) parses each
// call with these before anything touches the database.
import { z } from 'zod';
import type { FieldErrorCode } from '../api/errors';
import { calendarDate, hsCode, id, LONG_TEXT, party, requiredText, text } from '../api/fields';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, PARTY_CODES, type AgreementId, type PartyCode } from '../domain/agreements';
import { STAGES, type Stage } from '../domain/stages';
import { listControls } from '../list/input';
import type { ListSpec } from '../list/spec';
import { normalizeProvision } from '../procedure/remedies';
import { CASE_KINDS, CASE_STATUSES, FINDINGS, NTE_CATEGORIES, RECONVENE_GROUNDS, type CaseKind, type CaseStatus } from './domain';

const caseFieldShape = {
  agreement: z.enum(AGREEMENT_IDS, { message: 'not_one_of' }),
  kind: z.enum(CASE_KINDS, { message: 'not_one_of' }),
  title: requiredText(300),
  summary: text(20_000, LONG_TEXT),
  // Null only for an environment submission (casePartyErrors).
  complainant: party.nullable(),
  respondent: party,
  submitter: text(300),
  thirdParties: z.array(party).max(7),
  measure: text(2_000, LONG_TEXT),
  sector: text(200),
  hsCodes: z
    .array(hsCode)
    .max(50)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'listed_twice' }),
  nteCategory: z.enum(NTE_CATEGORIES, { message: 'not_one_of' }).nullable(),
  perishable: z.boolean(),
  claims: z
    .array(
      z
        .object({
          provision: requiredText(60),
          finding: z.enum(FINDINGS, { message: 'not_one_of' }),
        })
        .strict(),
    )
    .max(30)
    .refine((claims) => new Set(claims.map((claim) => normalizeProvision(claim.provision))).size === claims.length, {
      message: 'listed_twice',
    }),
  reconveneGrounds: z.enum(RECONVENE_GROUNDS, { message: 'not_one_of' }).nullable(),
  status: z.enum(CASE_STATUSES, { message: 'not_one_of' }),
  leadOfficer: text(200),
  openedOn: calendarDate,
};

export type CaseParties = Readonly<{
  agreement: AgreementId;
  kind: CaseKind;
  complainant: string | null;
  respondent: string;
  submitter: string;
  thirdParties: readonly string[];
}>;

/**
 * Rules that span fields: both sides must be parties to the agreement and not
 * the same; third parties are other parties to it. An environment submission
 * is filed by a person or organization, not a Party (Art. 17.7 / 18.8): it has
 * a submitter and the Party concerned, and no complaining or third Party.
 * Used by cases.create (in the schema) and cases.update (after merging the
 * change into the stored case).
 */
export function casePartyErrors(fields: CaseParties): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  const parties: readonly string[] = AGREEMENT_PARTIES[fields.agreement];
  if (!parties.includes(fields.respondent)) errors.respondent = 'not_party';
  if (fields.kind === 'environment_submission') {
    if (fields.submitter.trim() === '') errors.submitter = 'submitter_required';
    if (fields.complainant !== null) errors.complainant = 'submission_no_complainant';
    if (fields.thirdParties.length > 0) errors.thirdParties = 'submission_no_third_parties';
    return errors;
  }
  if (fields.submitter.trim() !== '') errors.submitter = 'submitter_only_submission';
  if (fields.complainant === null) {
    errors.complainant = 'required';
    return errors;
  }
  if (!parties.includes(fields.complainant)) errors.complainant = 'not_party';
  if (fields.complainant === fields.respondent) errors.respondent = 'same_parties';
  fields.thirdParties.forEach((code, index) => {
    if (!parties.includes(code)) errors[`thirdParties.${index}`] = 'not_party';
    else if (code === fields.complainant || code === fields.respondent) errors[`thirdParties.${index}`] = 'third_party_is_side';
  });
  if (new Set(fields.thirdParties).size !== fields.thirdParties.length) errors.thirdParties = 'listed_twice';
  return errors;
}

function refineParties(value: CaseParties, ctx: z.RefinementCtx): void {
  for (const [path, message] of Object.entries(casePartyErrors(value))) {
    ctx.addIssue({ code: 'custom', message, path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });
  }
}

export const casesCreateInput = z
  .object({
    ...caseFieldShape,
    complainant: caseFieldShape.complainant.default(null),
    submitter: caseFieldShape.submitter.default(''),
    claims: caseFieldShape.claims.default([]),
    reconveneGrounds: caseFieldShape.reconveneGrounds.default(null),
    summary: caseFieldShape.summary.default(''),
    thirdParties: caseFieldShape.thirdParties.default([]),
    measure: caseFieldShape.measure.default(''),
    sector: caseFieldShape.sector.default(''),
    hsCodes: caseFieldShape.hsCodes.default([]),
    nteCategory: caseFieldShape.nteCategory.default(null),
    perishable: caseFieldShape.perishable.default(false),
    status: caseFieldShape.status.default('open'),
    leadOfficer: caseFieldShape.leadOfficer.default(''),
    // Defaults to today in the handler; sets the year of the case reference.
    openedOn: caseFieldShape.openedOn.optional(),
  })
  .strict()
  .superRefine(refineParties);

/** Most cases one cases.import takes: one transaction, about a second of writing on a slow machine. */
export const IMPORT_MAX_CASES = 1_000;

/**
 * Many cases at once, each in the shape cases.create takes: all are created
 * or none. A refusal names each bad field by its row ("cases.3.title").
 */
export const casesImportInput = z.object({ cases: z.array(casesCreateInput).min(1).max(IMPORT_MAX_CASES) }).strict();

/** The version read guards a removal as it guards an edit: nobody removes a case someone just changed unseen. */
export const casesRemoveInput = z.object({ id, version: z.int().min(1) }).strict();

export const casesUpdateInput = z
  .object({
    id,
    version: z.int().min(1),
    ...Object.fromEntries(Object.entries(caseFieldShape).map(([key, schema]) => [key, schema.optional()])),
  } as { id: typeof id; version: z.ZodInt } & {
    [K in keyof typeof caseFieldShape]: z.ZodOptional<(typeof caseFieldShape)[K]>;
  })
  .strict();

export const CASE_SORT_COLUMNS = [
  'reference',
  'agreement',
  'kind',
  'title',
  'complainant',
  'respondent',
  'status',
  'stage',
  'leadOfficer',
  'openedOn',
  'updatedAt',
  'nextLimitDate',
] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];

/** The cases table as a list (shared/list/spec.ts); its SQL is bound in db/cases/list.ts. */
export const CASES_LIST = {
  columns: {
    reference: { kind: 'text', sortable: true },
    agreement: { kind: 'coded', sortable: true, codes: AGREEMENT_IDS, label: (code) => `agreement.${code as AgreementId}` },
    kind: { kind: 'coded', sortable: true, codes: CASE_KINDS, label: (code) => `kind.${code as CaseKind}` },
    title: { kind: 'text', sortable: true },
    complainant: { kind: 'coded', sortable: true, codes: PARTY_CODES, label: (code) => `party.${code as PartyCode}` },
    respondent: { kind: 'coded', sortable: true, codes: PARTY_CODES, label: (code) => `party.${code as PartyCode}` },
    status: { kind: 'coded', sortable: true, codes: CASE_STATUSES, label: (code) => `status.${code as CaseStatus}` },
    stage: { kind: 'coded', sortable: true, codes: STAGES, label: (code) => `stage.${code as Stage}` },
    leadOfficer: { kind: 'text', sortable: true },
    openedOn: { kind: 'date', sortable: true },
    updatedAt: { kind: 'date', sortable: true },
    nextLimitDate: { kind: 'date', sortable: true },
  },
  filters: {
    agreement: z.enum(AGREEMENT_IDS),
    kind: z.enum(CASE_KINDS),
    status: z.enum(CASE_STATUSES),
    stage: z.enum(STAGES),
    // Complainant, respondent or third party.
    party,
  },
  groups: {
    agreement: { column: 'agreement', order: 'label' },
    // Procedure order (shared/domain/stages.ts), not alphabetical.
    stage: { column: 'stage', order: 'codes' },
  },
  textSearch: { maxLength: 200 },
  defaultSort: { column: 'updatedAt', direction: 'desc' },
  pageSize: { default: 100, max: 500 },
} as const satisfies ListSpec<CaseSortColumn, 'agreement' | 'kind' | 'status' | 'stage' | 'party', 'agreement' | 'stage'>;

export const casesListInput = z
  .object({
    agreement: CASES_LIST.filters.agreement.optional(),
    kind: CASES_LIST.filters.kind.optional(),
    status: CASES_LIST.filters.status.optional(),
    stage: CASES_LIST.filters.stage.optional(),
    party: CASES_LIST.filters.party.optional(),
    text: text(CASES_LIST.textSearch.maxLength).optional(),
    ...listControls(CASES_LIST, CASE_SORT_COLUMNS),
  })
  .strict();

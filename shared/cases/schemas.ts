// Input schemas of the cases methods. dispatch (db/dispatch.ts) parses each
// call with these before anything touches the database.
import { z } from 'zod';
import { calendarDate, hsCode, id, party, requiredText, text } from '../api/fields';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId } from '../domain/agreements';
import { STAGES } from '../domain/stages';
import { normalizeProvision } from '../procedure/remedies';
import { CASE_KINDS, CASE_STATUSES, FINDINGS, NTE_CATEGORIES, RECONVENE_GROUNDS, type CaseKind } from './domain';

const caseFieldShape = {
  agreement: z.enum(AGREEMENT_IDS, { message: 'Must be cafta-dr, us-colombia-tpa or us-peru-tpa' }),
  kind: z.enum(CASE_KINDS, { message: `Must be one of ${CASE_KINDS.join(', ')}` }),
  title: requiredText(300),
  summary: text(20_000),
  // Null only for an environment submission (casePartyErrors).
  complainant: party.nullable(),
  respondent: party,
  submitter: text(300),
  thirdParties: z.array(party).max(7),
  measure: text(2_000),
  sector: text(200),
  hsCodes: z
    .array(hsCode)
    .max(50, { message: 'At most 50 HS codes' })
    .refine((codes) => new Set(codes).size === codes.length, { message: 'Listed twice' }),
  nteCategory: z.enum(NTE_CATEGORIES, { message: 'Must be one of the NTE barrier categories' }).nullable(),
  perishable: z.boolean(),
  claims: z
    .array(
      z
        .object({
          provision: requiredText(60),
          finding: z.enum(FINDINGS, { message: `Must be one of ${FINDINGS.join(', ')}` }),
        })
        .strict(),
    )
    .max(30, { message: 'At most 30 claims' })
    .refine((claims) => new Set(claims.map((claim) => normalizeProvision(claim.provision))).size === claims.length, {
      message: 'Listed twice',
    }),
  reconveneGrounds: z.enum(RECONVENE_GROUNDS, { message: `Must be one of ${RECONVENE_GROUNDS.join(', ')}` }).nullable(),
  status: z.enum(CASE_STATUSES, { message: `Must be one of ${CASE_STATUSES.join(', ')}` }),
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
export function casePartyErrors(fields: CaseParties): Record<string, string> {
  const errors: Record<string, string> = {};
  const parties: readonly string[] = AGREEMENT_PARTIES[fields.agreement];
  const list = parties.join(', ');
  if (!parties.includes(fields.respondent)) errors.respondent = `Not a party to ${fields.agreement} (${list})`;
  if (fields.kind === 'environment_submission') {
    if (fields.submitter.trim() === '') errors.submitter = 'Required';
    if (fields.complainant !== null) errors.complainant = 'A submission is filed by a person or organization, not by a Party';
    if (fields.thirdParties.length > 0) errors.thirdParties = 'A submission has no third Parties';
    return errors;
  }
  if (fields.submitter.trim() !== '') errors.submitter = 'Only an environment submission has a submitter';
  if (fields.complainant === null) {
    errors.complainant = 'Required';
    return errors;
  }
  if (!parties.includes(fields.complainant)) errors.complainant = `Not a party to ${fields.agreement} (${list})`;
  if (fields.complainant === fields.respondent) errors.respondent = 'Complainant and respondent must differ';
  fields.thirdParties.forEach((code, index) => {
    if (!parties.includes(code)) errors[`thirdParties.${index}`] = `Not a party to ${fields.agreement} (${list})`;
    else if (code === fields.complainant || code === fields.respondent)
      errors[`thirdParties.${index}`] = 'A third party cannot be the complainant or the respondent';
  });
  if (new Set(fields.thirdParties).size !== fields.thirdParties.length) errors.thirdParties = 'Listed twice';
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

export const casesUpdateInput = z
  .object({
    id,
    version: z.int({ message: 'Must be the version you read' }).min(1),
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

export const casesListInput = z
  .object({
    agreement: z.enum(AGREEMENT_IDS).optional(),
    kind: z.enum(CASE_KINDS).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    stage: z.enum(STAGES).optional(),
    party: party.optional(),
    text: text(200).optional(),
    sort: z
      .object({ column: z.enum(CASE_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
      .strict()
      .default({ column: 'updatedAt', direction: 'desc' }),
    // Rows come back ordered by this key first, with a count per group.
    groupBy: z.enum(['agreement', 'stage']).nullable().default(null),
    offset: z.int().min(0).default(0),
    limit: z.int().min(1).max(500).default(100),
  })
  .strict();


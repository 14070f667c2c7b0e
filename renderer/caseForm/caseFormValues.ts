// The case form's values and their mapping to the API. The form holds what
// the official typed (HS codes as one text, empty choices as ''); the API
// validates everything and answers field-level messages. An environment
// submission (CAFTA-DR Art. 17.7; TPA Art. 18.8) has a submitter and the
// Party concerned instead of a complaining Party, and no third Parties,
// perishable flag, claims or reconvene grounds: those are sent empty for it.
import type { Input } from '../../shared/api/contract';
import type { AgreementId, PartyCode } from '../../shared/domain/agreements';
import {
  EDITABLE_CASE_FIELDS,
  type CaseKind,
  type CaseRecord,
  type CaseStatus,
  type Finding,
  type NteCategory,
  type ReconveneGrounds,
} from '../../shared/cases/domain';
import type { Stage } from '../../shared/domain/stages';
import { STAGES } from '../../shared/domain/stages';
import { sameValue } from '../forms/dirty';

export type ClaimValues = Readonly<{ provision: string; finding: Finding }>;

export type CaseFormValues = Readonly<{
  agreement: AgreementId;
  kind: CaseKind;
  title: string;
  summary: string;
  complainant: PartyCode | '';
  respondent: PartyCode | '';
  submitter: string;
  thirdParties: readonly PartyCode[];
  measure: string;
  sector: string;
  hsCodes: string;
  nteCategory: NteCategory | '';
  perishable: boolean;
  claims: readonly ClaimValues[];
  reconveneGrounds: ReconveneGrounds | '';
  status: CaseStatus;
  leadOfficer: string;
  openedOn: string;
}>;

/** Field order on screen: the first invalid one in this order gets the focus. */
export const FIELD_ORDER = EDITABLE_CASE_FIELDS;
export type FormField = (typeof FIELD_ORDER)[number];

export function emptyValues(today: string): CaseFormValues {
  return {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: '',
    summary: '',
    complainant: '',
    respondent: '',
    submitter: '',
    thirdParties: [],
    measure: '',
    sector: '',
    hsCodes: '',
    nteCategory: '',
    perishable: false,
    claims: [],
    reconveneGrounds: '',
    status: 'open',
    leadOfficer: '',
    openedOn: today,
  };
}

export function valuesFromRecord(record: CaseRecord): CaseFormValues {
  return {
    agreement: record.agreement,
    kind: record.kind,
    title: record.title,
    summary: record.summary,
    complainant: record.complainant ?? '',
    respondent: record.respondent,
    submitter: record.submitter,
    thirdParties: record.thirdParties,
    measure: record.measure,
    sector: record.sector,
    hsCodes: record.hsCodes.join(', '),
    nteCategory: record.nteCategory ?? '',
    perishable: record.perishable,
    claims: record.claims,
    reconveneGrounds: record.reconveneGrounds ?? '',
    status: record.status,
    leadOfficer: record.leadOfficer,
    openedOn: record.openedOn,
  };
}

/** "0306, 030617;1604 " → ["0306", "030617", "1604"]: commas, semicolons or spaces separate codes. */
export function parseHsCodes(text: string): readonly string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/**
 * Keeps the parties consistent after a change: only parties to the chosen
 * agreement, and a third party is neither the complainant nor the respondent.
 */
export function reconcileParties(values: CaseFormValues, agreementParties: readonly PartyCode[]): CaseFormValues {
  const party = (code: PartyCode | ''): PartyCode | '' => (code !== '' && agreementParties.includes(code) ? code : '');
  const complainant = party(values.complainant);
  const respondent = party(values.respondent);
  const thirdParties = values.thirdParties.filter(
    (code) => agreementParties.includes(code) && code !== complainant && code !== respondent,
  );
  return { ...values, complainant, respondent, thirdParties };
}

export function isSubmission(kind: CaseKind): boolean {
  return kind === 'environment_submission';
}

/**
 * Whether the form asks for the claims and the panel's findings: for a
 * dispute; and for a labor, environmental or committee matter that went on to
 * an arbitral panel (its stage) or already has claims, since such a matter can
 * pass into the dispute chapter under its own kind and its remedies then
 * follow from the findings too (CAFTA-DR Art. 20.17).
 */
export function asksForClaims(values: Pick<CaseFormValues, 'kind' | 'claims'>, stage: Stage | null): boolean {
  if (values.kind === 'dispute') return true;
  if (isSubmission(values.kind)) return false;
  return values.claims.length > 0 || (stage !== null && STAGES.indexOf(stage) >= STAGES.indexOf('panel_composition') && stage !== 'resolved');
}

type CreateInput = Input<'cases.create'>;

/**
 * The create input. An unchosen complainant or respondent is sent as '' on
 * purpose: the API's schema is the one validator, and answers a field message
 * that is shown under the select. Claim rows left wholly blank are dropped: an
 * empty row added by mistake is not a claim.
 */
export function createInput(values: CaseFormValues): CreateInput {
  const submission = isSubmission(values.kind);
  return {
    agreement: values.agreement,
    kind: values.kind,
    title: values.title,
    summary: values.summary,
    complainant: submission ? null : (values.complainant as PartyCode),
    respondent: values.respondent as PartyCode,
    submitter: submission ? values.submitter : '',
    thirdParties: submission ? [] : [...values.thirdParties],
    measure: values.measure,
    sector: values.sector,
    hsCodes: [...parseHsCodes(values.hsCodes)],
    nteCategory: values.nteCategory === '' ? null : values.nteCategory,
    perishable: submission ? false : values.perishable,
    claims: submission ? [] : values.claims.filter((claim) => claim.provision.trim() !== '' || claim.finding !== 'pending').map((claim) => ({ ...claim })),
    reconveneGrounds: submission || values.reconveneGrounds === '' ? null : values.reconveneGrounds,
    status: values.status,
    leadOfficer: values.leadOfficer,
    openedOn: values.openedOn,
  };
}

/** Only the fields that differ from the stored case, so the history shows exactly the edit. */
export function changedInput(values: CaseFormValues, record: CaseRecord): Partial<CreateInput> {
  const next = createInput(values);
  const stored = createInput(valuesFromRecord(record));
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof CreateInput)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(stored[key])) changes[key] = next[key];
  }
  return changes as Partial<CreateInput>;
}

/**
 * The fields in screen order for a kind of case: an environment submission
 * shows its submitter before the Party concerned ("PRETOMA → Costa Rica").
 */
export function fieldOrder(kind: CaseKind): readonly FormField[] {
  if (!isSubmission(kind)) return FIELD_ORDER;
  const rest = FIELD_ORDER.filter((field) => field !== 'submitter');
  const at = rest.indexOf('complainant');
  return [...rest.slice(0, at), 'submitter', ...rest.slice(at)];
}

/** The first field, in screen order, that the API said is invalid. */
export function firstInvalidField(fieldKeys: readonly string[], kind: CaseKind = 'dispute'): FormField | null {
  const fields = new Set(fieldKeys.map((path) => path.split('.')[0]));
  return fieldOrder(kind).find((field) => fields.has(field)) ?? null;
}

/**
 * Whether two values of one form field say the same thing: HS codes compare
 * as the list they are ("0803,080390" is "0803, 080390"). Used to tell what
 * each side changed in an edit conflict.
 */
export function sameFieldValue(field: FormField, a: unknown, b: unknown): boolean {
  if (field === 'hsCodes') return sameValue(parseHsCodes(String(a)), parseHsCodes(String(b)));
  return sameValue(a, b);
}

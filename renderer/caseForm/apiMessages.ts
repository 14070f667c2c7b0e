// The API validates every input (shared/api/schemas.ts) and answers field
// messages in English. The known ones are shown in the official's language;
// any other message (a new rule, a handler's own check) is shown as sent,
// which is better than hiding it.
import type { MessageKey } from '../../shared/i18n/catalog';
import type { FieldErrors } from '../../shared/api/errors';

export type LocalizedMessage = Readonly<{ key: MessageKey; params: Readonly<Record<string, string | number>> }>;

const EXACT: Readonly<Record<string, MessageKey>> = {
  Required: 'form.error.required',
  'Use a real calendar date written YYYY-MM-DD': 'form.error.date',
  'An HS code has 2, 4, 6, 8 or 10 digits and starts with a chapter 01–97': 'form.error.hsCode',
  'At most 50 HS codes': 'form.error.hsCodesMax',
  'Complainant and respondent must differ': 'form.error.sameParties',
  'A third party cannot be the complainant or the respondent': 'form.error.thirdPartyIsSide',
  'Listed twice': 'form.error.listedTwice',
  'Not a known event type': 'form.error.choose',
  'Must be one of the NTE barrier categories': 'form.error.choose',
  'Must be cafta-dr, us-colombia-tpa or us-peru-tpa': 'form.error.choose',
  // Environment submissions (CAFTA-DR Art. 17.7; TPA Art. 18.8) and steps per kind of case.
  'A submission is filed by a person or organization, not by a Party': 'form.error.submissionNoComplainant',
  'A submission has no third Parties': 'form.error.submissionNoThirdParties',
  'Only an environment submission has a submitter': 'form.error.submitterOnlySubmission',
  'This step does not belong to this kind of case': 'form.error.stepNotOfKind',
  'Not a step of this kind of case': 'form.error.stepNotOfKind',
  'At most 30 claims': 'form.error.claimsMax',
  // Periods agreed by the Parties (limits.agree).
  'Give either the agreed date or the agreed number of days': 'form.error.agreedDateOrDays',
  'The article of this time limit allows no other period': 'form.error.notAgreeable',
  'No such time limit under this agreement': 'form.error.noSuchLimit',
  'This time limit is not running for this case yet': 'form.error.limitNotRunning',
  'Before the date the period counts from': 'form.error.beforeCountedFrom',
  'The steps recorded on this case do not belong to that kind of case': 'form.error.kindHasOtherSteps',
  'Must be a whole number of days': 'form.error.wholeDays',
  'From 0 to 3650 days': 'form.error.wholeDays',
};

export function localizeApiMessage(message: string): LocalizedMessage | null {
  const exact = EXACT[message];
  if (exact !== undefined) return { key: exact, params: {} };
  const maxChars = /^At most (\d+) characters$/.exec(message);
  if (maxChars?.[1] !== undefined) return { key: 'form.error.maxChars', params: { n: Number(maxChars[1]) } };
  if (/^Not a party to \S+ \(.*\)$/.test(message)) return { key: 'form.error.notParty', params: {} };
  if (/^Must be one of /.test(message)) return { key: 'form.error.choose', params: {} };
  const dateRange = /^Use a date from (\S+) to (\S+)$/.exec(message);
  if (dateRange?.[1] !== undefined && dateRange[2] !== undefined)
    return { key: 'form.error.dateRange', params: { from: dateRange[1], to: dateRange[2] } };
  return null;
}

/** The form field a path belongs to: "hsCodes.1" → "hsCodes", "thirdParties.0" → "thirdParties". */
export function fieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}

/** The list index in a path ("hsCodes.1" → 1), or null for the field itself. */
export function indexOf(path: string): number | null {
  const second = path.split('.')[1];
  return second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
}

/** Groups API field messages by form field, keeping the order the API gave. */
export function groupFieldErrors(fields: FieldErrors | undefined): ReadonlyMap<string, readonly Readonly<{ path: string; message: string }>[]> {
  const grouped = new Map<string, { path: string; message: string }[]>();
  for (const [path, message] of Object.entries(fields ?? {})) {
    const field = fieldOf(path);
    const list = grouped.get(field) ?? [];
    list.push({ path, message });
    grouped.set(field, list);
  }
  return grouped;
}

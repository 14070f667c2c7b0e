// How a meeting is named on screen: its body's name from the reference data
// (shared/reference), in the UI language, with its number where the body
// numbers its meetings, and its dates.
import type { AgreementId } from '../../shared/domain/agreements';
import type { Locale } from '../../shared/history/domain';
import type { Meeting } from '../../shared/meetings/domain';
import { AGREEMENTS } from '../../shared/reference/agreements';

/** The body's name under its agreement, or its id where the reference no longer has it. */
export function bodyName(agreement: AgreementId, body: string, locale: Locale): string {
  return AGREEMENTS.find((info) => info.id === agreement)?.bodies.find((candidate) => candidate.id === body)?.name[locale] ?? body;
}

/** The bodies of an agreement, in reference order, as options. */
export function bodyOptions(agreement: AgreementId, locale: Locale): readonly Readonly<{ id: string; name: string }>[] {
  return (AGREEMENTS.find((info) => info.id === agreement)?.bodies ?? []).map((body) => ({ id: body.id, name: body.name[locale] }));
}

/** Every body id with a name in the UI language (the first agreement naming it), for the meetings filter. */
export function anyBodyName(body: string, locale: Locale): string {
  for (const info of AGREEMENTS) {
    const found = info.bodies.find((candidate) => candidate.id === body);
    if (found !== undefined) return found.name[locale];
  }
  return body;
}

/** "5 Mar 2026" or "22 Feb 2011 – 23 Feb 2011". */
export function meetingDates(meeting: Pick<Meeting, 'startsOn' | 'endsOn'>, formatDate: (iso: string) => string): string {
  return meeting.endsOn === null || meeting.endsOn === meeting.startsOn
    ? formatDate(meeting.startsOn)
    : `${formatDate(meeting.startsOn)} – ${formatDate(meeting.endsOn)}`;
}

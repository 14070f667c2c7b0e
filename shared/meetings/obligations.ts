// Obligations to meet (issue 8 §1): the bodies whose reference entry records
// that they meet at least once a year, and the rule that says from a body's
// held meetings when its next one is due and which years went without one.
//
// Only what the reference records is here (shared/reference/*Bodies.ts, from
// domain-facts §2–§3, all marked [V]): the Free Trade Commission (CAFTA-DR
// Art. 19.1.5–19.1.6; TPA Art. 20.1.7), the Committee on Agricultural Trade
// (CAFTA-DR Art. 3.19; TPA Art. 2.21) and the Environmental Affairs Council
// (CAFTA-DR Art. 17.5; TPA Art. 18.6). Left out on purpose: the Committee on
// Trade Capacity Building meets twice a year "during the transition period",
// whose end the reference does not record; the Labor Affairs Councils meet
// "as often as necessary" after their first year; the SPS, TBT and financial
// services committees' yearly meetings are in domain-facts' table but not in
// the reference entries the app shows, so the app does not claim them.
import { AGREEMENT_IDS, type AgreementId } from '../domain/agreements';
import { addCalendarMonths } from '../procedure/calendar';
import { CITATION_PREFIX } from '../procedure/rules/citations';
import { AGREEMENTS } from '../reference/agreements';

export type MeetingObligation = Readonly<{
  agreement: AgreementId;
  body: string;
  /** The provision requiring the meeting, cited as the procedure rules cite ("CAFTA-DR Art. 17.5"). */
  article: string;
  /** The body's verification flag in the reference: false shows the obligation as unverified. */
  verified: boolean;
}>;

/** Article numbers per body and agreement; the TPAs' chapters 20 and 18 are identical (domain-facts §0). */
const YEARLY: Readonly<Record<string, Readonly<Record<AgreementId, string>>>> = {
  'ftc': { 'cafta-dr': '19.1.5–19.1.6', 'us-colombia-tpa': '20.1.7', 'us-peru-tpa': '20.1.7' },
  'agricultural-trade-committee': { 'cafta-dr': '3.19', 'us-colombia-tpa': '2.21', 'us-peru-tpa': '2.21' },
  'environmental-affairs-council': { 'cafta-dr': '17.5', 'us-colombia-tpa': '18.6', 'us-peru-tpa': '18.6' },
};

/** Every obligation, agreement by agreement in reference order, each body in its reference order. */
export const MEETING_OBLIGATIONS: readonly MeetingObligation[] = AGREEMENT_IDS.flatMap((agreement) =>
  (AGREEMENTS.find((info) => info.id === agreement)?.bodies ?? []).flatMap((body) => {
    const article = YEARLY[body.id]?.[agreement];
    return article === undefined ? [] : [{ agreement, body: body.id, article: `${CITATION_PREFIX[agreement]} ${article}`, verified: body.verified }];
  }),
);

/** What the dashboard says of one obligation. */
export type ObligationStatus = MeetingObligation &
  Readonly<{
    /** First day of the body's latest held meeting on or before today; null where none is recorded. */
    lastHeldOn: string | null;
    /** A year after the last held meeting; null where none is recorded. */
    nextDueOn: string | null;
    /** The next due date has passed with no held meeting since. */
    overdue: boolean;
    /** The first planned meeting from today on, if one is entered. */
    plannedOn: string | null;
    /**
     * Whole calendar years, from the year of the first held meeting recorded
     * to last year, with no held meeting: before the first one the app cannot
     * tell a year without a meeting from one nobody entered.
     */
    yearsWithout: readonly number[];
  }>;

/**
 * The rule: "at least once a year" (CAFTA-DR Art. 19.1.5; the councils meet
 * "annually") read as a meeting within a year of the last, so the next is due
 * on the anniversary of the last held meeting's first day (29 February's
 * anniversary falls on 28 February).
 */
export function obligationStatus(
  obligation: MeetingObligation,
  meetings: Readonly<{ held: readonly string[]; planned: readonly string[] }>,
  today: string,
): ObligationStatus {
  const held = meetings.held.filter((day) => day <= today).sort();
  const lastHeldOn = held.at(-1) ?? null;
  const nextDueOn = lastHeldOn === null ? null : addCalendarMonths(lastHeldOn, 12);
  const plannedOn = [...meetings.planned].sort().find((day) => day >= today) ?? null;
  const years = new Set(held.map((day) => Number(day.slice(0, 4))));
  const yearsWithout: number[] = [];
  const first = held[0];
  if (first !== undefined) for (let year = Number(first.slice(0, 4)); year < Number(today.slice(0, 4)); year += 1) if (!years.has(year)) yearsWithout.push(year);
  return { ...obligation, lastHeldOn, nextDueOn, overdue: nextDueOn !== null && nextDueOn < today, plannedOn, yearsWithout };
}

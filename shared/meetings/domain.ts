// Meetings of the Free Trade Commissions and their committees, councils and
// working groups (issue 8 §1): who attended, the agenda with its minutes, the
// decisions adopted and the action items that follow from them.
import type { AgreementId, PartyCode } from '../domain/agreements';
import { AGREEMENTS } from '../reference/agreements';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** The body whose meetings record a case's `commission_convened` (Art. 19.1 CAFTA-DR; Art. 20.1 TPAs). */
export const COMMISSION_BODY = 'ftc';

/** Every body id of every agreement, each once, in reference order (the meetings list's body filter). */
export const BODY_IDS: readonly string[] = [...new Set(AGREEMENTS.flatMap((agreement) => agreement.bodies.map((body) => body.id)))];

export function isBodyOf(agreement: AgreementId, body: string): boolean {
  return AGREEMENTS.find((info) => info.id === agreement)?.bodies.some((candidate) => candidate.id === body) === true;
}

/**
 * Who a person speaks for: a Party's delegation, or else an organization (an
 * observer such as the ILO or a secretariat) — exactly one of the two.
 */
export type Delegation = Readonly<{ party: PartyCode | null; organization: string }>;

type Stamped = Readonly<{ version: number; createdAt: string; updatedAt: string }>;

export type Meeting = Stamped &
  Readonly<{
    id: string;
    agreement: AgreementId;
    body: string;
    /** Where the body numbers its meetings ("6th meeting of the US–Peru FTC"). */
    number: number | null;
    startsOn: string;
    /** The last day of a meeting over several days; null for one day. */
    endsOn: string | null;
    place: string;
    virtual: boolean;
    status: MeetingStatus;
    chair: PartyCode | null;
    /** The labor and environment councils hold a public session at each meeting (CAFTA-DR Art. 16.4, 17.5). */
    publicSession: boolean;
    sample: boolean;
  }>;

/** A row of the meetings table. */
export type MeetingRow = Meeting;

export type Attendee = Stamped &
  Delegation &
  Readonly<{ id: string; meetingId: string; position: number; name: string; title: string; role: string }>;

export type AgendaItem = Stamped &
  Readonly<{
    id: string;
    meetingId: string;
    /** 0-based place in the agenda. */
    position: number;
    title: string;
    minutes: string;
    caseId: string | null;
  }>;

export type Decision = Stamped &
  Readonly<{ id: string; meetingId: string; number: string | null; text: string; adoptedOn: string }>;

/** The meeting a register row names: where and when the decision was adopted. */
export type MeetingRef = Readonly<{ agreement: AgreementId; body: string; number: number | null; startsOn: string }>;

/** A decision as decisions.list answers it: with the meeting that adopted it. */
export type DecisionRow = Decision & Readonly<{ meeting: MeetingRef & Readonly<{ id: string }> }>;

export type ActionItem = Stamped &
  Readonly<{
    id: string;
    meetingId: string;
    what: string;
    ownerName: string;
    ownerParty: PartyCode | null;
    ownerOrganization: string;
    dueOn: string | null;
    status: ActionItemStatus;
    caseId: string | null;
  }>;

/** An action item as actionItems.list answers it: with its meeting and whether it is overdue today. */
export type ActionItemRow = ActionItem &
  Readonly<{
    meeting: MeetingRef;
    /** Open, with a due date before today. */
    overdue: boolean;
  }>;

/** A case's commission_convened event as a meeting recorded it. */
export type ConvenedLink = Readonly<{ caseId: string; eventId: string }>;

export type MeetingDetail = Readonly<{
  meeting: Meeting;
  attendees: readonly Attendee[];
  agenda: readonly AgendaItem[];
  decisions: readonly Decision[];
  actionItems: readonly ActionItem[];
  convened: readonly ConvenedLink[];
  today: string;
}>;

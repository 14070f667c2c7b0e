// Input schemas of the meetings methods and of the records inside a meeting
// (attendees, agenda items, decisions, action items). dispatch parses each
// call with these before anything touches the database; rules that need the
// stored record (an update merged into it) run in db/meetings/.
import { z } from 'zod';
import type { FieldErrorCode } from '../api/errors';
import { calendarDate, id, LONG_TEXT, party, requiredText, text } from '../api/fields';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId } from '../domain/agreements';
import { listControls } from '../list/input';
import type { ListSpec } from '../list/spec';
import { ACTION_ITEM_STATUSES, BODY_IDS, isBodyOf, MEETING_STATUSES, type MeetingStatus } from './domain';

const version = z.int().min(1);

const meetingFieldShape = {
  agreement: z.enum(AGREEMENT_IDS, { message: 'not_one_of' }),
  // Checked against the agreement's bodies (meetingFieldErrors): the list of bodies is the reference's.
  body: z.string().min(1).max(80),
  number: z.int().min(1).max(9_999).nullable(),
  startsOn: calendarDate,
  endsOn: calendarDate.nullable(),
  place: text(200),
  virtual: z.boolean(),
  status: z.enum(MEETING_STATUSES, { message: 'not_one_of' }),
  chair: party.nullable(),
  publicSession: z.boolean(),
};

export type MeetingFields = Readonly<{
  agreement: AgreementId;
  body: string;
  startsOn: string;
  endsOn: string | null;
  chair: string | null;
}>;

/**
 * Rules across a meeting's fields: its body is one of its agreement's, its
 * last day is not before its first, its chair is a Party to the agreement.
 * The place may be left empty: for past meetings it is often not on record
 * (domain-facts §8), and an empty place says "not known", where a required
 * one would push the official to guess. Run by meetings.create (in the
 * schema) and meetings.update (on the stored meeting with the change).
 */
export function meetingFieldErrors(fields: MeetingFields): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  if (!isBodyOf(fields.agreement, fields.body)) errors.body = 'not_body';
  if (fields.endsOn !== null && fields.endsOn < fields.startsOn) errors.endsOn = 'ends_before_starts';
  if (fields.chair !== null && !(AGREEMENT_PARTIES[fields.agreement] as readonly string[]).includes(fields.chair)) errors.chair = 'not_party';
  return errors;
}

/** Exactly one of a Party and an organization (shared/meetings/domain.ts Delegation); null when it holds. */
export function delegationError(party: string | null, organization: string, optional = false): FieldErrorCode | null {
  const hasOrganization = organization.trim() !== '';
  if (party !== null && hasOrganization) return 'one_delegation';
  if (party === null && !hasOrganization && !optional) return 'one_delegation';
  return null;
}

function refineWith<T>(errors: (value: T) => Record<string, FieldErrorCode>) {
  return (value: T, context: z.RefinementCtx) => {
    for (const [path, message] of Object.entries(errors(value))) context.addIssue({ code: 'custom', message, path: [path] });
  };
}

export const meetingsCreateInput = z
  .object({
    ...meetingFieldShape,
    number: meetingFieldShape.number.default(null),
    endsOn: meetingFieldShape.endsOn.default(null),
    place: meetingFieldShape.place.default(''),
    virtual: meetingFieldShape.virtual.default(false),
    status: meetingFieldShape.status.default('planned' satisfies MeetingStatus),
    chair: meetingFieldShape.chair.default(null),
    publicSession: meetingFieldShape.publicSession.default(false),
  })
  .strict()
  .superRefine(refineWith(meetingFieldErrors));

export const meetingsUpdateInput = z
  .object({
    id,
    version,
    ...Object.fromEntries(Object.entries(meetingFieldShape).map(([key, schema]) => [key, schema.optional()])),
  } as { id: typeof id; version: typeof version } & {
    [K in keyof typeof meetingFieldShape]: z.ZodOptional<(typeof meetingFieldShape)[K]>;
  })
  .strict();

/** The version read guards a removal as it guards an edit (as cases.remove). */
export const meetingsRemoveInput = z.object({ id, version }).strict();

export const MEETING_SORT_COLUMNS = ['startsOn', 'agreement', 'status', 'number', 'updatedAt'] as const;
export type MeetingSortColumn = (typeof MEETING_SORT_COLUMNS)[number];

/** The meetings table as a list (shared/list/spec.ts); its SQL is bound in db/meetings/list.ts. */
export const MEETINGS_LIST = {
  columns: {
    startsOn: { kind: 'date', sortable: true },
    agreement: { kind: 'coded', sortable: true, codes: AGREEMENT_IDS, label: (code) => `agreement.${code as AgreementId}` },
    status: { kind: 'coded', sortable: true, codes: MEETING_STATUSES, label: (code) => `meetings.status.${code as MeetingStatus}` },
    number: { kind: 'number', sortable: true },
    updatedAt: { kind: 'date', sortable: true },
  },
  filters: {
    agreement: z.enum(AGREEMENT_IDS),
    body: z.enum(BODY_IDS as [string, ...string[]]),
    // Meetings whose first day falls in that calendar year.
    year: z.int().min(1900).max(2999),
    status: z.enum(MEETING_STATUSES),
  },
  groups: {
    agreement: { column: 'agreement', order: 'label' },
  },
  textSearch: null,
  defaultSort: { column: 'startsOn', direction: 'desc' },
  pageSize: { default: 100, max: 500 },
} as const satisfies ListSpec<MeetingSortColumn, 'agreement' | 'body' | 'year' | 'status', 'agreement'>;

export const meetingsListInput = z
  .object({
    agreement: MEETINGS_LIST.filters.agreement.optional(),
    body: MEETINGS_LIST.filters.body.optional(),
    year: MEETINGS_LIST.filters.year.optional(),
    status: MEETINGS_LIST.filters.status.optional(),
    ...listControls(MEETINGS_LIST, MEETING_SORT_COLUMNS),
  })
  .strict();

// Attendees.
const attendeeFieldShape = {
  name: requiredText(200),
  party: party.nullable(),
  organization: text(200),
  title: text(200),
  role: text(200),
};

export const attendeesAddInput = z
  .object({
    meetingId: id,
    ...attendeeFieldShape,
    party: attendeeFieldShape.party.default(null),
    organization: attendeeFieldShape.organization.default(''),
    title: attendeeFieldShape.title.default(''),
    role: attendeeFieldShape.role.default(''),
  })
  .strict()
  .superRefine(
    refineWith((value): Record<string, FieldErrorCode> => {
      const problem = delegationError(value.party, value.organization);
      return problem === null ? {} : { party: problem };
    }),
  );

export const attendeesUpdateInput = z
  .object({
    id,
    name: attendeeFieldShape.name.optional(),
    party: attendeeFieldShape.party.optional(),
    organization: attendeeFieldShape.organization.optional(),
    title: attendeeFieldShape.title.optional(),
    role: attendeeFieldShape.role.optional(),
  })
  .strict();

// Agenda items.
export const agendaItemsAddInput = z
  .object({
    meetingId: id,
    title: requiredText(300),
    minutes: text(100_000, LONG_TEXT).default(''),
    caseId: id.nullable().default(null),
  })
  .strict();

export const agendaItemsUpdateInput = z
  .object({
    id,
    title: requiredText(300).optional(),
    minutes: text(100_000, LONG_TEXT).optional(),
    caseId: id.nullable().optional(),
  })
  .strict();

/** The item's new 0-based place in its meeting's agenda; past the end puts it last. */
export const agendaItemsMoveInput = z.object({ id, position: z.int().min(0).max(9_999) }).strict();

// Decisions.
export const decisionsAddInput = z
  .object({
    meetingId: id,
    number: text(40).nullable().default(null),
    text: requiredText(20_000, LONG_TEXT),
    // The meeting's last day when not given: the day the decision was adopted at it.
    adoptedOn: calendarDate.optional(),
  })
  .strict();

export const decisionsUpdateInput = z
  .object({
    id,
    number: text(40).nullable().optional(),
    text: requiredText(20_000, LONG_TEXT).optional(),
    adoptedOn: calendarDate.optional(),
  })
  .strict();

export const DECISIONS_LIST_MAX = 1_000;

/** The register of decisions across meetings: of an agreement, of a body (its id, in any agreement), or all. */
export const decisionsListInput = z
  .object({
    agreement: MEETINGS_LIST.filters.agreement.optional(),
    body: MEETINGS_LIST.filters.body.optional(),
    limit: z.int().min(1).max(DECISIONS_LIST_MAX).default(200),
  })
  .strict();

// Action items.
const actionItemFieldShape = {
  what: requiredText(2_000, LONG_TEXT),
  ownerName: text(200),
  ownerParty: party.nullable(),
  ownerOrganization: text(200),
  dueOn: calendarDate.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES, { message: 'not_one_of' }),
  caseId: id.nullable(),
};

export const actionItemsAddInput = z
  .object({
    meetingId: id,
    ...actionItemFieldShape,
    ownerName: actionItemFieldShape.ownerName.default(''),
    ownerParty: actionItemFieldShape.ownerParty.default(null),
    ownerOrganization: actionItemFieldShape.ownerOrganization.default(''),
    dueOn: actionItemFieldShape.dueOn.default(null),
    status: actionItemFieldShape.status.default('open'),
    caseId: actionItemFieldShape.caseId.default(null),
  })
  .strict()
  .superRefine(
    refineWith((value): Record<string, FieldErrorCode> => {
      // An owner's delegation may be left out, but not be two.
      const problem = delegationError(value.ownerParty, value.ownerOrganization, true);
      return problem === null ? {} : { ownerParty: problem };
    }),
  );

export const actionItemsUpdateInput = z
  .object({
    id,
    ...Object.fromEntries(Object.entries(actionItemFieldShape).map(([key, schema]) => [key, schema.optional()])),
  } as { id: typeof id } & { [K in keyof typeof actionItemFieldShape]: z.ZodOptional<(typeof actionItemFieldShape)[K]> })
  .strict();

export const ACTION_ITEMS_LIST_MAX = 500;

export const actionItemsListInput = z
  .object({
    status: z.enum(ACTION_ITEM_STATUSES, { message: 'not_one_of' }).optional(),
    /** Due from today up to today + N days (overdue items are not "within"). */
    dueWithinDays: z.int().min(0).max(3_650).optional(),
    /** Open and due before today. */
    overdue: z.boolean().optional(),
    caseId: id.optional(),
    meetingId: id.optional(),
    /** The owner's name (accents and case folded, any part of it) or their Party's code. */
    owner: requiredText(200).optional(),
    limit: z.int().min(1).max(ACTION_ITEMS_LIST_MAX).default(100),
  })
  .strict();

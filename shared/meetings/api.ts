// The meetings feature's API methods. A meeting's attendees, agenda items,
// decisions and action items are records of the meeting, served by this
// feature under their own names (issue 8 §1 "API"); MEETINGS_PREFIXES says
// which names are this feature's (db/dispatch.test.ts holds every feature to
// its own).
import { byIdInput, emptyInput } from '../api/fields';
import { command, query } from '../api/method';
import type { ListResult } from '../list/input';
import type { ActionItem, ActionItemRow, AgendaItem, Attendee, Decision, DecisionRow, Meeting, MeetingDetail, MeetingRow } from './domain';
import type { ObligationStatus } from './obligations';
import {
  actionItemsAddInput,
  actionItemsListInput,
  actionItemsUpdateInput,
  agendaItemsAddInput,
  agendaItemsMoveInput,
  agendaItemsUpdateInput,
  attendeesAddInput,
  attendeesUpdateInput,
  decisionsAddInput,
  decisionsListInput,
  decisionsUpdateInput,
  meetingsCreateInput,
  meetingsListInput,
  meetingsRemoveInput,
  meetingsUpdateInput,
} from './schemas';

export const MEETINGS_PREFIXES = ['meetings', 'attendees', 'agendaItems', 'decisions', 'actionItems'] as const;

export type MeetingsListResult = ListResult<MeetingRow>;

/** Open items first by due date, as the dashboard shows them; `total` counts every match, `items` the first `limit`. */
export type ActionItemsListResult = Readonly<{ today: string; items: readonly ActionItemRow[]; total: number }>;

/** Newest adopted first; `total` counts every match, `items` the first `limit`. */
export type DecisionsListResult = Readonly<{ items: readonly DecisionRow[]; total: number }>;

type Removed = Readonly<{ id: string }>;

/** Each body the reference requires to meet yearly: its last held meeting, when the next is due, the years without one. */
export type MeetingObligationsResult = Readonly<{ today: string; obligations: readonly ObligationStatus[] }>;

export const meetingsApi = {
  'meetings.list': query<MeetingsListResult>()(meetingsListInput),
  /** The meeting with its attendees, agenda (with minutes), decisions and action items. */
  'meetings.get': query<MeetingDetail>()(byIdInput),
  'meetings.create': command<Meeting>()(meetingsCreateInput),
  'meetings.update': command<Meeting>()(meetingsUpdateInput),
  /** Moves the meeting to the Trash, with what it holds; meetings.restore brings it back. */
  'meetings.remove': command<Removed>()(meetingsRemoveInput),
  'meetings.restore': command<Meeting>()(byIdInput),
  'meetings.obligations': query<MeetingObligationsResult>()(emptyInput),
  'attendees.add': command<Attendee>()(attendeesAddInput),
  'attendees.update': command<Attendee>()(attendeesUpdateInput),
  'attendees.remove': command<Removed>()(byIdInput),
  'agendaItems.add': command<AgendaItem>()(agendaItemsAddInput),
  'agendaItems.update': command<AgendaItem>()(agendaItemsUpdateInput),
  /** Answers the meeting's agenda in its new order. */
  'agendaItems.move': command<readonly AgendaItem[]>()(agendaItemsMoveInput),
  'agendaItems.remove': command<Removed>()(byIdInput),
  'decisions.add': command<Decision>()(decisionsAddInput),
  'decisions.update': command<Decision>()(decisionsUpdateInput),
  'decisions.remove': command<Removed>()(byIdInput),
  /** The decision register across meetings: of an agreement or a body, each decision with the meeting that adopted it. */
  'decisions.list': query<DecisionsListResult>()(decisionsListInput),
  'actionItems.add': command<ActionItem>()(actionItemsAddInput),
  'actionItems.update': command<ActionItem>()(actionItemsUpdateInput),
  'actionItems.remove': command<Removed>()(byIdInput),
  'actionItems.list': query<ActionItemsListResult>()(actionItemsListInput),
} as const;

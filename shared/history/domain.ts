/** A removal moves the record to the Trash; a restore brings it back (issue 6 §1). */
export type AuditAction = 'create' | 'update' | 'remove' | 'restore';

/** The kinds of record whose changes the history holds; each later kind of record adds its own. */
export const SUBJECT_TYPES = ['case', 'event', 'limit_agreement', 'settings', 'meeting', 'attendee', 'agenda_item', 'decision', 'action_item'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** A record in the history: its kind and id (an agreed period's id is "<caseId>:<rule>", the settings' is "settings"). */
export type SubjectRef = Readonly<{ type: SubjectType; id: string }>;

/**
 * The actor written to the audit log until the official has given a name
 * (settings.userName). Part of the contract so the UI can show it in the
 * screen's language.
 */
export const UNKNOWN_ACTOR = 'unknown user';

export type AuditEntry = Readonly<{
  id: number;
  at: string;
  /** The name the official gave in Settings (UNKNOWN_ACTOR until then). */
  actor: string;
  /** The operating-system account the app ran under; empty for entries written before version 100 recorded it. */
  account: string;
  /** The computer the change was made on; empty for entries written before version 30 recorded it. */
  device: string;
  /** The id generated once for this installation of the app; empty before version 100. */
  deviceId: string;
  action: AuditAction;
  subject: SubjectRef;
  /** The record whose history also shows this change: the case of an event or of an agreed period. */
  parent: SubjectRef | null;
  before: unknown;
  after: unknown;
}>;

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type Settings = Readonly<{
  /** Name written to the audit log; null until the user has given it. */
  userName: string | null;
  locale: Locale | null;
}>;

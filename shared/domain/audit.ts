export type AuditAction = 'create' | 'update' | 'remove';
export type AuditEntity = 'case' | 'event' | 'limit_agreement' | 'settings';

/**
 * The actor written to the audit log until the official has given a name
 * (settings.userName). Part of the contract so the UI can show it in the
 * screen's language.
 */
export const UNKNOWN_ACTOR = 'unknown user';

export type AuditEntry = Readonly<{
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  caseId: string | null;
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

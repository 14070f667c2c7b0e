import type { Locale } from '../history/domain';
import { apiErrorMessages } from './messages/apiErrors';
import { backupsMessages } from './messages/backups';
import { casePageMessages } from './messages/casePage';
import { caseProcedureMessages } from './messages/caseProcedure';
import { domainMessages } from './messages/domain';
import { eventHelpMessages } from './messages/eventHelp';
import { formMessages } from './messages/forms';
import { historyMessages } from './messages/history';
import { meetingsMessages } from './messages/meetings';
import { recoveryMessages } from './messages/recovery';
import { shellMessages } from './messages/shell';
import { trashMessages } from './messages/trash';

/**
 * Every catalog by name — a new one is one line here. The app's messages are
 * all of them together; catalog.test.ts checks them one by one (no key in two
 * catalogs, which merging them would hide).
 */
export const CATALOGS = {
  domainMessages,
  shellMessages,
  casePageMessages,
  caseProcedureMessages,
  eventHelpMessages,
  historyMessages,
  apiErrorMessages,
  formMessages,
  trashMessages,
  backupsMessages,
  meetingsMessages,
  recoveryMessages,
} as const;

type Catalog = (typeof CATALOGS)[keyof typeof CATALOGS];
/** The catalogs' types joined, so every key of every catalog is a MessageKey with its own type. */
type AllOf<U> = (U extends unknown ? (catalog: U) => void : never) extends (catalog: infer Joined) => void ? Joined : never;

export const messages: AllOf<Catalog> = Object.assign({}, ...Object.values(CATALOGS));
export type MessageKey = keyof typeof messages;

/** Looks up a message and fills {placeholders}; an unknown key is shown as itself. */
export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = messages[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

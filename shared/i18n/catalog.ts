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

export const messages = { ...domainMessages, ...shellMessages, ...casePageMessages, ...caseProcedureMessages, ...eventHelpMessages, ...historyMessages, ...apiErrorMessages, ...formMessages, ...trashMessages, ...backupsMessages, ...meetingsMessages, ...recoveryMessages } as const;
export type MessageKey = keyof typeof messages;

/** Looks up a message and fills {placeholders}; an unknown key is shown as itself. */
export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = messages[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

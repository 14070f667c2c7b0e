// settings.get / settings.update: the name written to the audit log and the UI language.
import type { Settings } from '../../shared/history/domain';
import { UNKNOWN_ACTOR } from '../../shared/history/domain';
import { commitChange } from '../changes';
import { readSettings, writeSetting } from './queries';
import type { Handlers } from '../handlerTypes';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, context) => {
    const { db } = context;
    const before = readSettings(db);
    const after: Settings = {
      userName: input.userName ?? before.userName,
      locale: input.locale ?? before.locale,
    };
    if (after.userName === before.userName && after.locale === before.locale) return before;
    // The person giving their name is the one acting, so the entry carries
    // the name as set by this change.
    commitChange(context, {
      action: 'update',
      subject: { type: 'settings', id: 'settings' },
      actor: after.userName ?? UNKNOWN_ACTOR,
      before,
      write: () => {
        writeSetting(db, 'userName', after.userName);
        writeSetting(db, 'locale', after.locale);
      },
      read: () => readSettings(db),
    });
    return after;
  },
};

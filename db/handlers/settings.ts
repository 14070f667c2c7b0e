// settings.get / settings.update: the name written to the audit log and the UI language.
import type { Settings } from '../../shared/domain/audit';
import { UNKNOWN_ACTOR } from '../../shared/domain/audit';
import { writeAudit } from '../queries/audit';
import { readSettings, writeSetting } from '../queries/settings';
import type { Handlers } from './types';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, { db, at }) => {
    const before = readSettings(db);
    const after: Settings = {
      userName: input.userName ?? before.userName,
      locale: input.locale ?? before.locale,
    };
    if (after.userName === before.userName && after.locale === before.locale) return before;
    writeSetting(db, 'userName', after.userName);
    writeSetting(db, 'locale', after.locale);
    // The person giving their name is the one acting, so the entry carries
    // the name as set by this change.
    writeAudit(db, {
      at,
      actor: after.userName ?? UNKNOWN_ACTOR,
      action: 'update',
      entity: 'settings',
      entityId: 'settings',
      caseId: null,
      before,
      after,
    });
    return after;
  },
};

// history.list: who changed what and when — of one record (with the records
// that belong to it: a case's events and agreed periods), or of the whole app.
// history.verify: whether the history is still what was recorded (the hash
// chain) and still holds what the backups hold (their last entries).
import type { HistoryPage, HistoryVerification } from '../../shared/history/api';
import type { SubjectRef } from '../../shared/history/domain';
import { compareWithBackups } from './backupComparison';
import { verifyHistoryChain } from './chain';
import { guardsRestored } from './guards';
import { hasHistory, readHistory } from './queries';
import { statement } from '../statements';
import { notFound, type HandlerContext, type Handlers } from '../handlerTypes';

export const historyHandlers: Pick<Handlers, 'history.list' | 'history.verify'> = {
  'history.list': ({ subject, before, limit }, { db }) => {
    if (subject !== undefined && !known(db, subject)) throw notFound(subject.type, subject.id);
    // One more than asked tells whether an older page exists.
    const rows = readHistory(db, subject ?? null, before ?? Number.MAX_SAFE_INTEGER, limit + 1);
    const entries = rows.slice(0, limit);
    const page: HistoryPage = { entries, next: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
    return page;
  },
  'history.verify': (_input, { db }) => verifyHistory(db),
};

/** The chain, the backups' last entries and the guards put back, as one answer; fields appear only when they have something to say. */
function verifyHistory(db: HandlerContext['db']): HistoryVerification {
  const chain = verifyHistoryChain(db);
  const sinceBackup = compareWithBackups(db);
  const restored = guardsRestored(db);
  const extra = restored.length > 0 ? { guardsRestored: restored } : {};
  if (chain.intact && sinceBackup === null) return { ...chain, ...extra };
  return {
    intact: false,
    entries: chain.entries,
    ...(chain.intact ? {} : { firstBad: chain.firstBad }),
    ...(sinceBackup === null ? {} : { sinceBackup }),
    ...extra,
  };
}

/** A record that exists, or did: a removed event still has its history. */
function known(db: HandlerContext['db'], subject: SubjectRef): boolean {
  if (subject.type === 'case' && statement(db, 'SELECT 1 FROM cases WHERE id = ?').get(subject.id) !== undefined) return true;
  return hasHistory(db, subject);
}

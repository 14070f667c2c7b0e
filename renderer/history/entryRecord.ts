// Which record a history entry is about, for its link on the History screen:
// a case is its own page; an event or an agreed period belongs to a case
// (the entry's parent) and opens that case's page; the settings open Settings.
import type { AuditEntry } from '../../shared/history/domain';
import { snapshotString } from './historySummary';

export type EntryRecord = Readonly<{ type: 'case'; caseId: string }> | Readonly<{ type: 'meeting'; meetingId: string }> | Readonly<{ type: 'settings' }>;

export type CaseName = Readonly<{ reference: string; title: string }>;

/** The case of an event or agreed period: its parent, else what its snapshot or id says. */
function owningCase(entry: AuditEntry): string | null {
  if (entry.parent?.type === 'case') return entry.parent.id;
  const fromSnapshot = snapshotString(entry.after ?? entry.before, 'caseId');
  if (fromSnapshot !== null) return fromSnapshot;
  // An agreed period's id is "<caseId>:<rule>" (shared/history/domain.ts).
  if (entry.subject.type === 'limit_agreement') {
    const separator = entry.subject.id.indexOf(':');
    if (separator > 0) return entry.subject.id.slice(0, separator);
  }
  return null;
}

export function entryRecord(entry: AuditEntry): EntryRecord | null {
  switch (entry.subject.type) {
    case 'case':
      return { type: 'case', caseId: entry.subject.id };
    case 'event':
    case 'limit_agreement': {
      const caseId = owningCase(entry);
      return caseId === null ? null : { type: 'case', caseId };
    }
    case 'settings':
      return { type: 'settings' };
    case 'meeting':
      return { type: 'meeting', meetingId: entry.subject.id };
    // A meeting's records are written with the meeting as their parent (db/meetings/records.ts).
    case 'attendee':
    case 'agenda_item':
    case 'decision':
    case 'action_item':
      return entry.parent?.type === 'meeting' ? { type: 'meeting', meetingId: entry.parent.id } : null;
    default: {
      const unreachable: never = entry.subject.type;
      return unreachable;
    }
  }
}

/**
 * Reference and title of the cases whose own entries are in the list, from
 * the newest snapshot of each (entries come newest first, so the first seen
 * is the case as it now stands, unless it changed after the list was read).
 */
export function caseNamesIn(entries: readonly AuditEntry[]): ReadonlyMap<string, CaseName> {
  const names = new Map<string, CaseName>();
  for (const entry of entries) {
    if (entry.subject.type !== 'case' || names.has(entry.subject.id)) continue;
    const snapshot = entry.after ?? entry.before;
    const reference = snapshotString(snapshot, 'reference');
    const title = snapshotString(snapshot, 'title');
    if (reference !== null && title !== null) names.set(entry.subject.id, { reference, title });
  }
  return names;
}

/** Cases the entries link to whose names are not known yet, each once, in order of appearance. */
export function unnamedCases(entries: readonly AuditEntry[], known: (caseId: string) => boolean): readonly string[] {
  const missing = new Set<string>();
  for (const entry of entries) {
    const record = entryRecord(entry);
    if (record?.type === 'case' && !known(record.caseId)) missing.add(record.caseId);
  }
  return [...missing];
}

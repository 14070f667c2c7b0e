// Which backups to keep (issue 7 §2): a pure function of the backups there are
// and the date, so the policy can be tested over simulated years. The policy
// is the README's ("Backups"):
// - every copy the user made (manual) is kept until the user deletes it;
// - copies taken before a migration or a restore are kept for 90 days;
// - of the automatic copies (daily, on quit), the newest of each of the last 7
//   days that have one, of each of the last 4 weeks (ISO weeks, Monday first)
//   and of each of the last 12 months. "Last N days that have one", as restic's
//   --keep-daily counts them: a month away from the app does not leave it with
//   no daily copies;
// - a copy whose check failed never stands for its day, week or month, and is
//   kept for 90 days, so that what went wrong can still be looked at;
// - the newest copy not known to be bad is always kept, whatever its reason;
// - a copy whose history a later copy does not continue (entries cut off its
//   end, or rewritten: issue 7 §4) is kept until the user deletes it. It is
//   the evidence that "Verify history" compares with: without this rule the
//   day's copy on quit, taken after the cut, would replace the day's earlier
//   copy that still held the entries. A restore explains its own cut: the
//   copy taken before it is kept for 90 days, as any such copy.
// Days, weeks and months are counted in UTC, as the file names are written.
import { AUTOMATIC_REASONS, type BackupReason } from './domain';

export const BACKUP_POLICY = {
  daily: 7,
  weekly: 4,
  monthly: 12,
  /** Days a before-migration, before-restore or failed copy is kept. */
  safetyDays: 90,
} as const;

export type BackupPolicy = Readonly<{ daily: number; weekly: number; monthly: number; safetyDays: number }>;

export type RotationItem = Readonly<{
  name: string;
  /** ISO timestamp the backup was taken. */
  at: string;
  reason: BackupReason;
  /** false when its check found a problem; null when it was never checked. */
  verified: boolean | null;
  /** A later copy did not continue its history (keepsAsEvidence, recorded in its check). */
  keptAsEvidence?: boolean;
}>;

/** The newest history entry a copy holds, with its hash (null where not recorded). */
export type HistoryHead = Readonly<{ end: number; endHash: string | null }>;

/**
 * Whether a copy continues the history of the copy before it: it holds that
 * copy's last entry, with the same hash. `hashAtPreviousEnd` is the new copy's
 * hash of the entry numbered `previous.end` (null when it has none). Null
 * when it cannot be told (the previous copy recorded no hash).
 */
export function continuesHistory(previous: HistoryHead, next: Readonly<{ end: number; hashAtPreviousEnd: string | null }>): boolean | null {
  if (previous.end === 0) return true;
  if (previous.endHash === null) return null;
  return next.end >= previous.end && next.hashAtPreviousEnd === previous.endHash;
}

/**
 * Whether the copy before a new one is to be kept as evidence: the new copy
 * does not continue its history, and no restore explains it (the copy before
 * a new one is the `.before-restore` copy when a restore came between them).
 */
export function keepsAsEvidence(
  previous: Readonly<{ reason: BackupReason; history: HistoryHead }>,
  next: Readonly<{ end: number; hashAtPreviousEnd: string | null }>,
): boolean {
  return previous.reason !== 'before-restore' && continuesHistory(previous.history, next) === false;
}

const DAY_MS = 86_400_000;

/** The names of the backups the policy keeps; every other listed backup may be deleted. */
export function backupsToKeep(items: readonly RotationItem[], now: Date, policy: BackupPolicy = BACKUP_POLICY): ReadonlySet<string> {
  const keep = new Set<string>();
  const safetyFrom = now.getTime() - policy.safetyDays * DAY_MS;
  const newestFirst = [...items].sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));

  for (const item of newestFirst) {
    if (item.reason === 'manual' || item.keptAsEvidence === true) keep.add(item.name);
    else if ((item.reason === 'before-migration' || item.reason === 'before-restore' || item.verified === false) && Date.parse(item.at) >= safetyFrom) keep.add(item.name);
  }

  const automatic = newestFirst.filter((item) => AUTOMATIC_REASONS.includes(item.reason) && item.verified !== false);
  for (const [period, count] of [
    [dayOf, policy.daily],
    [isoWeekOf, policy.weekly],
    [monthOf, policy.monthly],
  ] as const) {
    for (const name of newestPerPeriod(automatic, period, count)) keep.add(name);
  }

  const newestGood = newestFirst.find((item) => item.verified !== false);
  if (newestGood !== undefined) keep.add(newestGood.name);
  return keep;
}

/** The newest item of each of the `count` most recent periods that have one (items newest first). */
function newestPerPeriod(newestFirst: readonly RotationItem[], period: (at: Date) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of newestFirst) {
    if (seen.size >= count) break;
    const key = period(new Date(item.at));
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item.name);
  }
  return kept;
}

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** ISO 8601 week, "2026-W49": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  // The Thursday of this week decides its year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

// Backups of the data file (issue 7 §2): what a backup is called and what is
// known about it. A backup's file name says when it was taken and why, and
// names sort by time: `2026-12-03T15-40-00Z.daily.sqlite`. Colons are left out
// of the time because Windows forbids them in file names.

/** Why a backup was taken. `before-migration` carries the schema version it was taken before. */
export const BACKUP_REASONS = ['daily', 'quit', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Taken by the app on its own, and rotated as the days' / weeks' / months' copies. */
export const AUTOMATIC_REASONS: readonly BackupReason[] = ['daily', 'quit'];

export type BackupName = Readonly<{
  /** ISO timestamp, to the second, UTC. */
  at: string;
  reason: BackupReason;
  /** For a before-migration copy: the version the file was about to be migrated to. */
  migrationVersion: number | null;
  /** 1 for the first backup of that second and reason; 2, 3… when several were taken in the same second. */
  sequence: number;
}>;

/** What the check after writing found (db/backups/verify.ts), kept beside the backup. */
export type BackupCheck = Readonly<{
  /** The file is intact (integrity_check ok), ours (application_id) and readable by this version. */
  ok: boolean;
  checkedAt: string;
  /** The first lines of integrity_check, or why the file could not be checked. */
  problem: string | null;
  schemaVersion: number | null;
  /** Cases not in the Trash. */
  cases: number | null;
  /** Id of the newest history entry: tells whether anything changed since this backup. */
  historyEnd: number | null;
  /**
   * The hash of that newest entry (issue 7 §4): the live history must still
   * hold the entry, as it was (db/history/backupComparison.ts). Absent from
   * checks written before it was recorded.
   */
  historyEndHash?: string | null;
  /**
   * Set when a later copy's history did not continue this one's (entries cut
   * off, or rewritten): the copy is then evidence and rotation keeps it
   * (shared/backups/rotation.ts). `by` names that later copy.
   */
  keptAsEvidence?: Readonly<{ at: string; by: string }> | null;
  /** The history's hash chain (issue 7 §4), where the app can verify it: null when it could not be checked. */
  historyChain: Readonly<{ ok: boolean; firstBadEntry: number | null }> | null;
  /** Size in bytes when checked: a file changed since then is no longer counted as verified. */
  size: number;
}>;

/** One backup as the Backups screen lists it. */
export type BackupEntry = Readonly<{
  name: string;
  at: string;
  reason: BackupReason;
  migrationVersion: number | null;
  size: number;
  cases: number | null;
  schemaVersion: number | null;
  /** true: checked and intact; false: the check found a problem (or the file changed since); null: never checked. */
  verified: boolean | null;
  problem: string | null;
  historyChainOk: boolean | null;
}>;

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.(daily|quit|manual|before-restore|before-migration-v(\d{1,9}))(?:\.(\d{1,4}))?\.sqlite$/;

/** The file name of a backup taken at `at` (any ISO timestamp; cut to the second). */
export function backupFileName(at: string, reason: BackupReason, options: Readonly<{ migrationVersion?: number; sequence?: number }> = {}): string {
  const stamp = new Date(at).toISOString().slice(0, 19).replace(/:/g, '-');
  const why = reason === 'before-migration' ? `before-migration-v${options.migrationVersion ?? 0}` : reason;
  const sequence = options.sequence ?? 1;
  return `${stamp}Z.${why}${sequence > 1 ? `.${sequence}` : ''}.sqlite`;
}

/** What a backup's file name says, or null for any other file (never touched by the app). */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [, day, hours, minutes, seconds, why = '', version, sequence] = match;
  const at = `${day}T${hours}:${minutes}:${seconds}.000Z`;
  if (Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) return null;
  const reason: BackupReason = version !== undefined ? 'before-migration' : (why as BackupReason);
  return { at, reason, migrationVersion: version !== undefined ? Number(version) : null, sequence: sequence !== undefined ? Number(sequence) : 1 };
}

/** The UTC calendar day of an ISO timestamp, YYYY-MM-DD: days of backups are counted in UTC, like their names. */
export function utcDay(at: string): string {
  return new Date(at).toISOString().slice(0, 10);
}

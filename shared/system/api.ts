// The data service's own state (db/service): whether the data file is being
// checked, ready, or damaged — what the renderer needs to show the "checking
// your data" notice or the recovery screen (issue 7 §1) — and whether the
// day's automatic backup failed, which is shown until a copy succeeds (§2).
import { z } from 'zod';
import { folder } from '../api/method';

export const SERVICE_STATES = ['checking', 'ready', 'damaged'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

/** What was found wrong with the data file, in terms the recovery screen explains. */
export type DamageReport = Readonly<{
  /** damaged: SQLite found damage; unreadable: not a database any more (truncated, overwritten). */
  cause: 'damaged' | 'unreadable';
  /** SQLite's own words (first lines of quick_check), for the technical details only. */
  detail: string;
  /** When it was found, ISO timestamp. */
  foundAt: string;
}>;

/** Why an automatic backup could not be made, in terms the user can act on; anything else is internal (details in the log). */
export const BACKUP_FAILURE_CAUSES = ['disk_full', 'read_only', 'internal'] as const;
export type BackupFailureCause = (typeof BACKUP_FAILURE_CAUSES)[number];

/** The last automatic (daily) backup that failed, while no copy has succeeded since. */
export type BackupFailure = Readonly<{
  /** When it failed, ISO timestamp. */
  at: string;
  cause: BackupFailureCause;
}>;

export type SystemStatus = Readonly<{
  state: ServiceState;
  /** The data folder and the data file in it. */
  folder: string;
  file: string;
  /** Set when state is 'damaged'. */
  damage: DamageReport | null;
  /** Set while the day's automatic backup keeps failing; cleared by the next copy that succeeds. */
  backupFailure: BackupFailure | null;
}>;

export const systemApi = {
  'system.status': folder<SystemStatus>()(z.object({}).strict()),
} as const;

// The data service's own state (db/service): whether the data file is being
// checked, ready, or damaged — what the renderer needs to show the "checking
// your data" notice or the recovery screen (issue 7 §1).
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

export type SystemStatus = Readonly<{
  state: ServiceState;
  /** The data folder and the data file in it. */
  folder: string;
  file: string;
  /** Set when state is 'damaged'. */
  damage: DamageReport | null;
}>;

export const systemApi = {
  'system.status': folder<SystemStatus>()(z.object({}).strict()),
} as const;

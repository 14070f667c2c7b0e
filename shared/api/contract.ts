// The one API contract: one spread of the features' method maps (method →
// query or command, input schema, result type). Both hosts (Electron IPC and
// the loopback HTTP host) forward to db/dispatch.ts, which serves exactly these
// methods. Adding a method touches its feature's api.ts and handlers.ts only;
// a new feature adds one line here and one in db/handlers.ts
// (db/dispatch.test.ts checks both).
import type { z } from 'zod';
import { agreementsApi } from '../agreements/api';
import { backupsApi } from '../backups/api';
import { casesApi } from '../cases/api';
import { dashboardApi } from '../dashboard/api';
import { deadlinesApi } from '../deadlines/api';
import { demoApi } from '../demo/api';
import { eventsApi } from '../events/api';
import { historyApi } from '../history/api';
import { limitsApi } from '../limits/api';
import { recoveryApi } from '../recovery/api';
import { meetingsApi } from '../meetings/api';
import { settingsApi } from '../settings/api';
import { systemApi } from '../system/api';
import { trashApi } from '../trash/api';

export const contract = {
  ...agreementsApi,
  ...casesApi,
  ...eventsApi,
  ...historyApi,
  ...limitsApi,
  ...deadlinesApi,
  ...dashboardApi,
  ...demoApi,
  ...settingsApi,
  ...systemApi,
  ...recoveryApi,
  ...backupsApi,
  ...trashApi,
  ...meetingsApi,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as readonly Method[];

/** What a caller sends (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Result<M extends Method> = NonNullable<Contract[M]['result']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Methods served inside a transaction on the open database (db/dispatch.ts). */
export type DataMethod = { [M in Method]: Contract[M]['kind'] extends 'folder' ? never : M }[Method];
/** Methods on the data folder itself (db/service): backups, recovery, the service's state. */
export type FolderMethod = Exclude<Method, DataMethod>;

export function isFolderMethod(method: Method): method is FolderMethod {
  return contract[method].kind === 'folder';
}

/** The methods dispatch serves in a transaction (every one but the folder methods). */
export const DATA_METHODS = METHODS.filter((method): method is DataMethod => !isFolderMethod(method));

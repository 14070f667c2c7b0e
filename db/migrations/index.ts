// The migrations in order. The version of a migration is the number of its
// file (0010 → 10); PRAGMA user_version holds the version of the last one
// applied, so numbers with gaps leave room for a fix between two releases.
import type Database from 'better-sqlite3';
import { sql as init } from './0010-init';
import { sql as procedureV2 } from './0020-procedure-v2';
import { sql as history } from './0030-history';
import { sql as referenceRetired } from './0040-reference-retired';
import { sql as openLimits } from './0050-open-limits';
import { sql as listKeys } from './0060-list-keys';
import { sql as dashboardCounts } from './0070-dashboard-counts';
import { sql as softDelete } from './0080-soft-delete';
import { sql as listIndexes } from './0090-list-indexes';
import { up as auditChain } from './0100-audit-chain';
import { sql as meetings } from './0110-meetings';

export type Migration = Readonly<{
  version: number;
  name: string;
  /** SQL to run, or a function for a migration that must compute data. */
  up: string | ((db: Database.Database) => void);
}>;

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'init', up: init },
  { version: 20, name: 'procedure-v2', up: procedureV2 },
  { version: 30, name: 'history', up: history },
  { version: 40, name: 'reference-retired', up: referenceRetired },
  { version: 50, name: 'open-limits', up: openLimits },
  { version: 60, name: 'list-keys', up: listKeys },
  { version: 70, name: 'dashboard-counts', up: dashboardCounts },
  { version: 80, name: 'soft-delete', up: softDelete },
  { version: 90, name: 'list-indexes', up: listIndexes },
  { version: 100, name: 'audit-chain', up: auditChain },
  { version: 110, name: 'meetings', up: meetings },
];

// How a folder method (backups, recovery, the service's state) is served: not
// inside a transaction, and with the data service itself at hand, since it
// may read the file while the database is closed, or swap the file and reopen.
import type Database from 'better-sqlite3';
import type { FolderMethod, ParsedInput, Result } from '../../shared/api/contract';
import type { SystemStatus } from '../../shared/system/api';

export type FolderContext = Readonly<{
  folder: string;
  file: string;
  /** ISO timestamp of this call. */
  at: string;
  /** This copy only looks (`--read-only`): a folder method must not write, and reopenAfter refuses. */
  readOnly: boolean;
  /** The open database, or null while it is damaged, being checked before a migration, or swapped. */
  database: () => Database.Database | null;
  status: () => SystemStatus;
  /**
   * Closes the database, runs `swap` (which may replace the data file), then
   * opens it again and checks it, as at startup. The service answers no other
   * call meanwhile.
   */
  reopenAfter: (swap: () => Promise<void>) => Promise<void>;
}>;

export type FolderHandler<M extends FolderMethod> = (input: ParsedInput<M>, context: FolderContext) => Promise<Result<M>>;

export type FolderHandlers = { [M in FolderMethod]: FolderHandler<M> };

// Recovery of a damaged data file (issue 7 §1): folder methods served by the
// data service (db/recovery/handlers.ts), since the damaged file is closed
// and never written to. Restoring a backup is backups.restore (shared/backups).
import { z } from 'zod';
import { emptyInput } from '../api/fields';
import { folder } from '../api/method';
import type { DamageReport } from '../system/api';

/** What the full check (PRAGMA integrity_check and foreign_key_check) found, on demand. */
export type FullCheckResult = Readonly<{
  ok: boolean;
  /** When it was damaged: as the recovery screen explains it. */
  cause: DamageReport['cause'] | null;
  /** SQLite's own words, for the technical details. */
  detail: string | null;
  checkedAt: string;
}>;

/** One table of the salvage: what could be read and written into the new file. */
export type SalvagedTable = Readonly<{
  table: string;
  /** Rows written into the new file. */
  copied: number;
  /** Part of the table could not be read (a damaged page): the rows there are lost. */
  damaged: boolean;
  /** Rows read but refused by the new file (a value that breaks its rules), or left without their case. */
  dropped: number;
  /**
   * Rows lost to the damage and written back from the history: a lost case
   * as its newest verified history entry recorded it, with its lists (third
   * Parties, HS codes, claims). Not counted in `copied`.
   */
  rebuilt: number;
}>;

export type SalvageResult = Readonly<{
  /** The new file's name, in the data folder: what recovery.useSalvaged takes. */
  name: string;
  path: string;
  tables: readonly SalvagedTable[];
  /** Cases in the new file (not in the Trash). */
  cases: number;
  /** True when every table was read to the end and nothing was dropped. */
  complete: boolean;
}>;

export type UseSalvagedResult = Readonly<{
  /** The damaged file, kept beside the data file under this name (never deleted). */
  damagedKeptAs: string;
}>;

/** A salvaged file's name: written by recovery.salvage, nothing else is accepted. */
export const SALVAGED_NAME = /^commission-desk\.salvaged-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:\.\d{1,4})?\.sqlite$/;

export const recoveryApi = {
  'recovery.check': folder<FullCheckResult>()(emptyInput),
  'recovery.salvage': folder<SalvageResult>()(emptyInput),
  'recovery.useSalvaged': folder<UseSalvagedResult>()(z.object({ name: z.string().regex(SALVAGED_NAME) }).strict()),
} as const;

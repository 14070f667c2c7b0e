// The recovery folder methods (shared/recovery/api.ts): the full check on
// demand, salvage into a new file, and switching to that file. The damaged
// file is only ever read, and when replaced it is kept beside the data file
// under a new name: nothing here deletes the user's data.
import fs from 'node:fs';
import path from 'node:path';
import type { UseSalvagedResult } from '../../shared/recovery/api';
import { fsyncFolder } from '../backups/files';
import { HandlerFailure, readOnlyCopy } from '../handlerTypes';
import { checkIntegrity } from '../integrity/check';
import { failureCause, failureError } from '../integrity/failures';
import type { FolderHandlers } from '../service/folderTypes';
import { translate } from '../../shared/i18n/catalog';
import { salvageInto, type SalvageReport } from './salvage';

/** The side files SQLite keeps beside a database in WAL mode: they travel with it. */
const SIDE_FILES = ['-wal', '-shm'] as const;

export const recoveryHandlers: Pick<FolderHandlers, 'recovery.check' | 'recovery.salvage' | 'recovery.useSalvaged'> = {
  'recovery.check': async (_input, context) => {
    const outcome = await checkIntegrity(context.file, { full: true });
    // Damage found on demand is damage like any other: the service stops writing (it checks again as it reopens).
    if (!outcome.ok && context.status().state !== 'damaged' && !context.readOnly) await context.reopenAfter(async () => undefined);
    return outcome.ok
      ? { ok: true, cause: null, detail: null, checkedAt: context.at }
      : { ok: false, cause: outcome.cause, detail: outcome.detail, checkedAt: context.at };
  },

  'recovery.salvage': async (_input, context) => {
    if (context.readOnly) throw readOnlyCopy();
    const name = freeName(context.folder, 'salvaged', context.at);
    const target = path.join(context.folder, name);
    let report: SalvageReport;
    try {
      report = await salvageInto(context.file, target);
    } catch (error) {
      // No room or no permission for the new file: said as such, so the user frees space and tries again.
      const cause = failureCause(error, true);
      if (cause.code === 'disk_full' || cause.code === 'read_only') throw new HandlerFailure(failureError(cause));
      throw error;
    }
    return { name, path: target, ...report };
  },

  'recovery.useSalvaged': async ({ name }, context) => {
    if (context.readOnly) throw readOnlyCopy();
    // Sound data is never replaced by a salvaged copy: that takes no
    // before-restore copy and would file the sound data away as "damaged".
    // Going back in time is a restore (backups.restore), which keeps one.
    if (context.status().state !== 'damaged') {
      throw new HandlerFailure({ code: 'conflict', reason: 'not_damaged', message: translate('en', 'apiError.not_damaged') });
    }
    const salvaged = path.join(context.folder, name);
    if (!fs.existsSync(salvaged)) {
      throw new HandlerFailure({ code: 'not_found', reason: 'no_record', params: { record: name }, message: translate('en', 'apiError.no_record') });
    }
    const keptAs = freeName(context.folder, 'damaged', context.at);
    await context.reopenAfter(async () => {
      // The damaged file and its side files keep together under the new name,
      // so a write-ahead log is never applied to the wrong file.
      for (const suffix of ['', ...SIDE_FILES]) {
        if (fs.existsSync(`${context.file}${suffix}`)) fs.renameSync(`${context.file}${suffix}`, path.join(context.folder, `${keptAs}${suffix}`));
      }
      for (const suffix of SIDE_FILES) fs.rmSync(`${salvaged}${suffix}`, { force: true });
      fs.renameSync(salvaged, context.file);
      fsyncFolder(context.folder);
    });
    const result: UseSalvagedResult = { damagedKeptAs: keptAs };
    return result;
  },
};

/** `commission-desk.<what>-2026-03-10T09-00-00Z.sqlite`, numbered when that name is taken. */
export function freeName(folder: string, what: 'salvaged' | 'damaged', at: string): string {
  const stamp = `${new Date(at).toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  for (let sequence = 1; ; sequence += 1) {
    const name = `commission-desk.${what}-${stamp}${sequence > 1 ? `.${sequence}` : ''}.sqlite`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}


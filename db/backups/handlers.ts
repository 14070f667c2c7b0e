// The backup methods (shared/backups/api.ts), served by the data service one
// call at a time with the service at hand (db/service/folderTypes.ts).
import { BACKUP_POLICY } from '../../shared/backups/rotation';
import type { FolderHandlers } from '../service/folderTypes';
import { exportBackup } from './export';
import { dataDamaged, diskFailure, readOnlyCopy } from './failures';
import { backupsFolder, listBackups } from './files';
import { restoreBackup } from './restore';
import { writeBackup } from './write';

export const backupsHandlers: Pick<FolderHandlers, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.export'> = {
  'backups.list': async (_input, { folder }) => ({ backups: listBackups(folder), folder: backupsFolder(folder), policy: BACKUP_POLICY }),

  'backups.create': async (_input, { folder, at, database, readOnly }) => {
    // Backups (and their rotation) belong to the copy that holds the folder.
    if (readOnly) throw readOnlyCopy();
    const db = database();
    // Closed only while damaged (or mid-swap, which no call can see): the recovery screen keeps the damaged file as it is.
    if (db === null) throw dataDamaged();
    try {
      return await writeBackup(db, folder, 'manual', { at });
    } catch (error) {
      throw diskFailure(error) ?? error;
    }
  },

  'backups.restore': async (input, context) => {
    if (context.readOnly) throw readOnlyCopy();
    return restoreBackup(input, context);
  },

  'backups.export': async (input, { folder }) => exportBackup(input, folder),
};

// Every feature's folder methods, one spread (as db/handlers.ts for the
// methods served in a transaction): a folder method of the contract without a
// handler fails to compile.
import { backupsHandlers } from './backups/handlers';
import { recoveryHandlers } from './recovery/handlers';
import type { FolderHandlers } from './service/folderTypes';
import { systemHandlers } from './system/handlers';

export const folderHandlers: FolderHandlers = {
  ...systemHandlers,
  ...backupsHandlers,
  ...recoveryHandlers,
};

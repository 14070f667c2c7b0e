// The data service's state, for the "checking your data" notice and the recovery screen.
import type { FolderHandlers } from '../service/folderTypes';

export const systemHandlers: Pick<FolderHandlers, 'system.status'> = {
  'system.status': async (_input, { status }) => status(),
};

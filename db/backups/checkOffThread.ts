// Runs checkBackupFile (verify.ts) on checkWorker.ts's thread. The copy is
// not in use by anyone while it is checked (a `.partial` backup, a file
// staged for a restore), so a second connection to it is safe.
import type { BackupCheck } from '../../shared/backups/domain';
import { startWorker, workerScript } from '../threads';

export function checkBackupFileOffThread(file: string, checkedAt: string): Promise<BackupCheck> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerScript('backupCheck', 'backups/checkWorker.ts'), { file, checkedAt });
    let answered = false;
    worker.once('message', (check: BackupCheck) => {
      answered = true;
      resolve(check);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the backup check stopped before answering (exit code ${code})`));
    });
  });
}

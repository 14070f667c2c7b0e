// The check of a backup (verify.ts) on a worker thread of its own: a full
// integrity_check and the history chain read every page and every entry —
// 20 s at 100,000 cases — and the data service keeps answering meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { checkBackupFile } from './verify';

const { file, checkedAt } = workerData as { file: string; checkedAt: string };
parentPort?.postMessage(checkBackupFile(file, checkedAt));

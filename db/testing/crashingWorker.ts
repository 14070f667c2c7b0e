// A stand-in for db/service/worker.ts that starts like it, then crashes on
// the first call it is sent: how the host copes with a service that dies
// (client.test.ts), without a crash switch in the real worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { HostMessage, WorkerMessage, WorkerSetup } from '../service/protocol';

const setup = workerData as WorkerSetup;
parentPort?.on('message', (message: HostMessage) => {
  if (message.type === 'call') throw new Error(`crashed while serving ${message.method}`);
});
parentPort?.postMessage({ type: 'started', file: `${setup.folder}/commission-desk.sqlite` } satisfies WorkerMessage);

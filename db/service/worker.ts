// The data service on its own thread (node:worker_threads), for both hosts:
// whatever a call costs — a long query, a write waiting on another copy's
// lock, a migration — the desktop window and the browser host's other
// requests are never held up by it (issue 7 §3). Started by client.ts.
import { errorCodeOf } from '../integrity/failures';
import { parentPort, workerData } from 'node:worker_threads';
import { startDataService, type DataService } from './core';
import type { HostMessage, WorkerMessage, WorkerSetup } from './protocol';
import { checkIntegrity } from '../integrity/check';
import { holdsLock } from './lock';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function serve(service: DataService): void {
  parentPort?.on('message', (message: HostMessage) => {
    switch (message.type) {
      case 'call':
        void service.call(message.method, message.input).then((response) => post({ type: 'answer', id: message.id, response }));
        return;
      case 'lockLost':
        service.lockLost();
        return;
      case 'close':
        // After the calls already queued: the service answers them first.
        void service.close().then(() => {
          post({ type: 'closed' });
          parentPort?.close();
        });
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`Unknown message ${JSON.stringify(unreachable)}`);
      }
    }
  });
}

async function main(setup: WorkerSetup): Promise<void> {
  const { lock } = setup;
  let service: DataService;
  try {
    service = await startDataService({
      folder: setup.folder,
      readOnly: setup.readOnly,
      checkIntegrity,
      ...(setup.device === undefined ? {} : { device: setup.device }),
      ...(setup.deviceId === undefined ? {} : { deviceId: setup.deviceId }),
      ...(lock === undefined ? {} : { holdsFolder: () => holdsLock(lock.file, lock.content), onLockLost: () => post({ type: 'lockLost' }) }),
    });
  } catch (error) {
    post({ type: 'refused', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error), code: errorCodeOf(error) });
    return;
  }
  serve(service);
  post({ type: 'started', file: service.file });
}

void main(workerData as WorkerSetup);

// A copy of the app killed mid-write (db/service/killLoop.test.ts): it opens
// the data folder the way a host does — lock, data service on its worker —
// and creates cases one after another, printing each id once its call has
// answered ok, that is once the write is acknowledged. The test kills it
// with SIGKILL at a moment of its choosing.
import { startServiceWorker } from '../service/client';
import { caseInput } from './testDatabase';

async function main(folder: string, cycle: string): Promise<void> {
  const service = await startServiceWorker({ folder, host: 'browser', deviceId: 'kill-test' });
  for (let index = 0; ; index += 1) {
    const answer = await service.call('cases.create', caseInput({ title: `Cycle ${cycle}, case ${index}` }));
    if (!answer.ok) {
      process.stderr.write(`cases.create refused: ${JSON.stringify(answer.error)}\n`);
      process.exit(2);
    }
    // Marked: the service itself may print to stdout too (a lock taken over from the killed copy).
    process.stdout.write(`acknowledged ${(answer.result as { id: string }).id}\n`);
  }
}

void main(process.argv[2] ?? '', process.argv[3] ?? '0');

// A copy whose folder lock another copy took over (it was suspended long
// enough to be judged gone, or the lock file was replaced) stops writing at
// once: changes are refused with busy / lock_lost, reads still answered, the
// other copy's lock left alone (issue 7 review).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../backups/files';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { startServiceWorker, type ServiceHandle } from './client';
import { startDataService, type DataService } from './core';
import { lockFile, type LockHolder } from './lock';

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let service: DataService | null = null;
let handle: ServiceHandle | null = null;
afterEach(async () => {
  await service?.close();
  await handle?.close();
  service = null;
  handle = null;
  vi.restoreAllMocks();
});

/** Another copy's lock, as one that took this folder over writes it. */
function takeOver(folder: string): LockHolder {
  const successor: LockHolder = { pid: process.ppid, host: 'desktop', startedAt: new Date().toISOString(), hostname: os.hostname(), nonce: 'successor' };
  fs.writeFileSync(lockFile(folder), JSON.stringify(successor));
  return successor;
}

describe('a data service whose lock was taken over', () => {
  it('refuses every change with lock_lost from the first write after, answers reads, and says so once in the log', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = tempFolder();
    let holds = true;
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), holdsFolder: () => holds });
    await service.checked();
    expect(await service.call('cases.create', caseInput({ title: 'Before' }))).toMatchObject({ ok: true });
    // The day's copy, started after the first call of the day, once it is over.
    await service.call('cases.list', {});
    await service.idle();
    const copies = listBackups(folder).length;
    expect(copies).toBe(1);

    holds = false;
    const before = fileHash(service.file);
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'busy', reason: 'lock_lost' } });
    expect(await service.call('settings.update', { locale: 'es' })).toMatchObject({ ok: false, error: { code: 'busy', reason: 'lock_lost' } });
    // Folder methods that write are refused the same way (not as a read-only copy).
    expect(await service.call('backups.create', {})).toMatchObject({ ok: false, error: { code: 'busy', reason: 'lock_lost' } });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1, rows: [{ title: 'Before' }] } });
    expect(await service.call('backups.list', {})).toMatchObject({ ok: true });
    // Even if the other copy lets go, this one never writes again: its data may be stale.
    holds = true;
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: false, error: { reason: 'lock_lost' } });
    expect(fileHash(service.file)).toBe(before);

    const told = errors.mock.calls.filter(([line]) => String(line).includes('took over the lock'));
    expect(told).toHaveLength(1);
    const closing = service;
    service = null;
    await closing.close();
    expect(listBackups(folder), 'no quit copy either').toHaveLength(copies);
  });

  it('on its worker: the heartbeat finds the lock replaced, the service stops writing and leaves the other copy’s lock', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = tempFolder();
    handle = await startServiceWorker({ folder, host: 'browser', lock: { heartbeatMs: 25 } });
    expect(await handle.call('cases.create', caseInput())).toMatchObject({ ok: true });

    const successor = takeOver(folder);
    // No write in between: the heartbeat alone tells the service.
    await vi.waitFor(() => expect(errors.mock.calls.some(([line]) => String(line).includes('took over the lock'))).toBe(true), { timeout: 5_000 });
    expect(await handle.call('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'busy', reason: 'lock_lost' } });
    expect(await handle.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
    const closing = handle;
    handle = null;
    await closing.close();
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toEqual(successor);
    expect(errors.mock.calls.filter(([line]) => String(line).includes('took over the lock'))).toHaveLength(1);
  });

  it('on its worker: a write right after the takeover is refused before any heartbeat', async () => {
    const folder = tempFolder();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handle = await startServiceWorker({ folder, host: 'browser', lock: { heartbeatMs: 60_000 } });
    await handle.call('cases.list', {});
    takeOver(folder);
    expect(await handle.call('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'busy', reason: 'lock_lost' } });
  });
});

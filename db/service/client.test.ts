import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseFile } from '../dataFolder';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { startServiceWorker, ServiceStartError, type ServiceHandle } from './client';
import { FolderInUseError, lockFile } from './lock';

const started: ServiceHandle[] = [];
async function start(options: Parameters<typeof startServiceWorker>[0]): Promise<ServiceHandle> {
  const service = await startServiceWorker(options);
  started.push(service);
  return service;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((service) => service.close()));
  vi.restoreAllMocks();
});

function walSize(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

describe('the data service on a worker thread', () => {
  it('serves calls, holds the folder while open, and on close checkpoints the log and releases the lock', async () => {
    const folder = tempFolder();
    const service = await start({ folder, host: 'browser' });
    expect(service.file).toBe(databaseFile(folder));
    const [created, listed] = await Promise.all([service.call('cases.create', caseInput({ title: 'Sugar quota' })), service.call('cases.list', {})]);
    expect(created).toMatchObject({ ok: true, result: { title: 'Sugar quota' } });
    expect(listed).toMatchObject({ ok: true });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
    expect(await service.call('system.status', {})).toMatchObject({ ok: true, result: { state: 'ready' } });
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toMatchObject({ pid: process.pid, host: 'browser', hostname: os.hostname() });

    await service.close();
    expect(fs.existsSync(lockFile(folder))).toBe(false);
    expect(walSize(service.file)).toBe(0);
    expect(await service.call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'internal', reason: 'server_failed' } });
  });

  it('refuses a second service on the same folder, naming the first, which keeps serving', async () => {
    const folder = tempFolder();
    const first = await start({ folder, host: 'desktop' });
    const second = startServiceWorker({ folder, host: 'browser' });
    await expect(second).rejects.toBeInstanceOf(FolderInUseError);
    await expect(second).rejects.toThrow(`in use by the Commission Desk desktop app (process ${process.pid} on this computer, since`);
    expect(await first.call('cases.create', caseInput())).toMatchObject({ ok: true });
  });

  it('takes over the lock of a copy that crashed', async () => {
    const folder = tempFolder();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(lockFile(folder), JSON.stringify({ pid: dead, host: 'browser', startedAt: '2026-03-09T08:00:00.000Z', hostname: os.hostname() }));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const service = await start({ folder, host: 'desktop' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`took over the lock of process ${dead} (browser, since 2026-03-09T08:00:00.000Z)`));
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toMatchObject({ pid: process.pid, host: 'desktop' });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true });
  });

  it('read-only beside the holder: answers reads, refuses every write with read_only, leaves the lock alone', async () => {
    const folder = tempFolder();
    const holder = await start({ folder, host: 'desktop' });
    expect(await holder.call('cases.create', caseInput({ title: 'Written by the holder' }))).toMatchObject({ ok: true });
    const lock = fs.readFileSync(lockFile(folder), 'utf8');

    const looker = await start({ folder, host: 'browser', readOnly: true });
    expect(looker.readOnly).toBe(true);
    const listed = await looker.call('cases.list', {});
    expect(listed).toMatchObject({ ok: true, result: { total: 1, rows: [{ title: 'Written by the holder' }] } });
    expect(await looker.call('settings.get', {})).toMatchObject({ ok: true });
    expect(await looker.call('dashboard.summary', {})).toMatchObject({ ok: true });
    for (const [method, input] of [
      ['cases.create', caseInput()],
      ['settings.update', { locale: 'es' }],
      ['demo.load', {}],
    ] as const) {
      expect(await looker.call(method, input)).toMatchObject({ ok: false, error: { code: 'read_only', reason: 'read_only_copy' } });
    }
    // The holder's later writes are seen by the looker.
    expect(await holder.call('cases.create', caseInput({ title: 'Second' }))).toMatchObject({ ok: true });
    expect(await looker.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 2 } });
    await looker.close();
    expect(fs.readFileSync(lockFile(folder), 'utf8')).toBe(lock);
  });

  it('refuses to start read-only on a folder without a data file, and refuses a file that is not ours, releasing the lock', async () => {
    await expect(startServiceWorker({ folder: tempFolder(), host: 'browser', readOnly: true })).rejects.toThrow(/there is no data file at .* to open read-only/);

    const folder = tempFolder();
    fs.writeFileSync(databaseFile(folder), 'not a database, just text that is long enough to have a header '.repeat(4));
    const refusal = startServiceWorker({ folder, host: 'browser' });
    await expect(refusal).rejects.toBeInstanceOf(ServiceStartError);
    await expect(refusal).rejects.toMatchObject({ kind: 'ForeignDatabaseError', message: expect.stringContaining('is not a Commission Desk data file') });
    expect(fs.existsSync(lockFile(folder))).toBe(false);
  });

  it('answers every waiting call server_failed when the worker crashes, and says so once in the log', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = tempFolder();
    const service = await start({ folder, host: 'browser', workerFile: path.join(__dirname, '..', 'testing', 'crashingWorker.ts') });
    const answers = await Promise.all([service.call('cases.list', {}), service.call('cases.create', caseInput())]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, error: { code: 'internal', reason: 'server_failed', message: expect.any(String) } });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: false, error: { reason: 'server_failed' } });
    const stopped = errors.mock.calls.filter(([line]) => String(line).includes('the data service for'));
    expect(stopped).toHaveLength(1);
    expect(String(stopped[0]?.[0])).toContain('crashed while serving cases.list');
    await service.close();
    expect(fs.existsSync(lockFile(folder))).toBe(false);
  });
});

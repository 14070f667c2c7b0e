// The backups nobody has to think of, as the data service takes them: the
// day's copy after the first call of a new day, the quit copy at close — each
// only when something changed since the newest copy (db/backups/automatic.ts).
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupsFolder, listBackups } from '../backups/files';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { BACKUP_RETRY_MS, backupFailureCause, startDataService, type DataService } from './core';

let service: DataService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
  vi.restoreAllMocks();
});

/** The copies in the folder once the service's calls, and the day's copy they started, are over. */
async function reasons(folder: string): Promise<string[]> {
  await service?.idle();
  return listBackups(folder).map((backup) => backup.reason).sort();
}

describe('automatic backups of the data service', () => {
  it('takes the day’s copy after the first call of a day with changes, once a day', async () => {
    const folder = tempFolder();
    let now = new Date('2026-03-10T09:00:00Z');
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await service.checked();
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: true });
    await service.call('cases.list', {});
    expect(await reasons(folder)).toEqual(['daily']);

    now = new Date('2026-03-10T17:00:00Z');
    await service.call('cases.create', caseInput());
    await service.call('cases.list', {});
    expect(await reasons(folder)).toEqual(['daily']);

    now = new Date('2026-03-11T08:00:00Z');
    await service.call('cases.list', {});
    await service.call('cases.list', {});
    expect(await reasons(folder)).toEqual(['daily', 'daily']);
  });

  it('takes a quit copy at close only when something changed since the newest copy', async () => {
    const folder = tempFolder();
    const now = new Date('2026-03-10T09:00:00Z');
    const first = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await first.checked();
    await first.call('cases.list', {});
    await first.close();
    expect(await reasons(folder)).toEqual([]);

    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await service.checked();
    // The first change of the day brings the day's copy; the second is only in the quit copy.
    await service.call('cases.create', caseInput());
    expect(await reasons(folder)).toEqual(['daily']);
    await service.call('cases.create', caseInput());
    const closing = service;
    service = null;
    await closing.close();
    // Rotation keeps one automatic copy per day, the newest (shared/backups/rotation.ts).
    expect(await reasons(folder)).toEqual(['quit']);
    expect(listBackups(folder).find((backup) => backup.reason === 'quit')?.cases).toBe(2);
  });

  it('never copies a file found damaged', async () => {
    const folder = tempFolder();
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: false, cause: 'damaged', detail: 'page 7' }) });
    await service.checked();
    await service.call('cases.create', caseInput());
    const closing = service;
    service = null;
    await closing.close();
    expect(await reasons(folder)).toEqual([]);
  });

  it('shows a failed daily copy in the status, tries again after a pause (not at every call), and clears it once a copy is made', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = tempFolder();
    // A file where the backups folder should be: every copy fails.
    fs.writeFileSync(backupsFolder(folder), 'in the way');
    let now = new Date('2026-03-10T09:00:00Z');
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await service.checked();
    await service.call('cases.create', caseInput());
    await service.idle();
    expect(await service.call('system.status', {})).toMatchObject({
      ok: true,
      result: { state: 'ready', backupFailure: { at: '2026-03-10T09:00:00.000Z', cause: 'internal' } },
    });

    // Put right, but within the pause: no new attempt yet, the failure still shown.
    fs.rmSync(backupsFolder(folder));
    now = new Date(Date.parse('2026-03-10T09:00:00Z') + BACKUP_RETRY_MS - 60_000);
    await service.call('cases.list', {});
    await service.call('cases.list', {});
    expect(await reasons(folder)).toEqual([]);
    expect(service.status().backupFailure).toMatchObject({ at: '2026-03-10T09:00:00.000Z' });

    now = new Date(Date.parse('2026-03-10T09:00:00Z') + BACKUP_RETRY_MS + 60_000);
    await service.call('cases.list', {});
    await service.call('cases.list', {});
    expect(await reasons(folder)).toEqual(['daily']);
    expect(service.status().backupFailure).toBeNull();
  });

  it('clears a failure once the official makes a copy by hand', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = tempFolder();
    fs.writeFileSync(backupsFolder(folder), 'in the way');
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => new Date('2026-03-10T09:00:00Z') });
    await service.checked();
    await service.call('cases.create', caseInput());
    await service.call('cases.list', {});
    await service.idle();
    expect(service.status().backupFailure).not.toBeNull();
    fs.rmSync(backupsFolder(folder));
    expect(await service.call('backups.create', {})).toMatchObject({ ok: true, result: { reason: 'manual' } });
    expect(service.status().backupFailure).toBeNull();
  });

  it('names the cause of a failed copy the official can act on', () => {
    expect(backupFailureCause(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBe('disk_full');
    expect(backupFailureCause(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))).toBe('disk_full');
    expect(backupFailureCause(Object.assign(new Error('permission denied'), { code: 'EACCES' }))).toBe('read_only');
    expect(backupFailureCause(Object.assign(new Error('read-only file system'), { code: 'EROFS' }))).toBe('read_only');
    expect(backupFailureCause(new Error('something else'))).toBe('internal');
  });

  it('answers other calls while the day’s copy is taken and checked', async () => {
    const folder = tempFolder();
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => new Date('2026-03-10T09:00:00Z') });
    await service.checked();
    await service.call('cases.create', caseInput());
    // The copy's check runs on a thread of its own: the next answers do not wait for it.
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: true });
    expect(listBackups(folder).map((backup) => backup.reason)).toEqual([]);
    expect(await reasons(folder)).toEqual(['daily']);
    expect(listBackups(folder)[0]).toMatchObject({ verified: true });
  });
});

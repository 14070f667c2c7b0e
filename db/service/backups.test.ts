// The backups nobody has to think of, as the data service takes them: the
// day's copy after the first call of a new day, the quit copy at close — each
// only when something changed since the newest copy (db/backups/automatic.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../backups/files';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { startDataService, type DataService } from './core';

let service: DataService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

const reasons = (folder: string) => listBackups(folder).map((backup) => backup.reason).sort();

describe('automatic backups of the data service', () => {
  it('takes the day’s copy after the first call of a day with changes, once a day', async () => {
    const folder = tempFolder();
    let now = new Date('2026-03-10T09:00:00Z');
    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await service.checked();
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: true });
    await service.call('cases.list', {});
    expect(reasons(folder)).toEqual(['daily']);

    now = new Date('2026-03-10T17:00:00Z');
    await service.call('cases.create', caseInput());
    await service.call('cases.list', {});
    expect(reasons(folder)).toEqual(['daily']);

    now = new Date('2026-03-11T08:00:00Z');
    await service.call('cases.list', {});
    await service.call('cases.list', {});
    expect(reasons(folder)).toEqual(['daily', 'daily']);
  });

  it('takes a quit copy at close only when something changed since the newest copy', async () => {
    const folder = tempFolder();
    const now = new Date('2026-03-10T09:00:00Z');
    const first = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await first.checked();
    await first.call('cases.list', {});
    await first.close();
    expect(reasons(folder)).toEqual([]);

    service = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }), now: () => now });
    await service.checked();
    // The first change of the day brings the day's copy; the second is only in the quit copy.
    await service.call('cases.create', caseInput());
    await service.call('cases.create', caseInput());
    expect(reasons(folder)).toEqual(['daily']);
    const closing = service;
    service = null;
    await closing.close();
    // Rotation keeps one automatic copy per day, the newest (shared/backups/rotation.ts).
    expect(reasons(folder)).toEqual(['quit']);
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
    expect(reasons(folder)).toEqual([]);
  });
});

// The data service with the real integrity check (issue 7 §7): a file with a
// zeroed page of the cases table, and a file cut short, reach the damaged
// state with their bytes unchanged, and every data call is refused as corrupt.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_METHODS } from '../../shared/api/contract';
import { startDataService, type DataService, type IntegrityOutcome } from '../service/core';
import { caseInput, sha256File, tempFolder } from '../testing/testDatabase';
import { checkIntegrity } from './check';
import { healthyFolder, truncatedFolder, zeroedCasesPageFolder } from './damagedFiles';

let service: DataService | null = null;
const folders: string[] = [];
function folder(): string {
  const made = tempFolder();
  folders.push(made);
  return made;
}
afterEach(async () => {
  await service?.close();
  service = null;
  while (folders.length > 0) fs.rmSync(folders.pop() ?? '', { recursive: true, force: true });
});

const damagedFolders = [
  ['a zeroed page of the cases table', zeroedCasesPageFolder],
  ['a file cut short', truncatedFolder],
] as const;

describe.each(damagedFolders)('the data service on %s', (_name, make) => {
  it('reaches the damaged state, refuses every data call as corrupt and never changes a byte', async () => {
    const { folder: data, file } = await make(folder());
    const before = sha256File(file);
    service = await startDataService({ folder: data, checkIntegrity });
    await service.checked();
    expect(service.status()).toMatchObject({ state: 'damaged', file, damage: { cause: 'damaged' } });

    const refused: string[] = [];
    for (const method of DATA_METHODS) {
      const answer = await service.call(method, method === 'cases.create' ? caseInput() : {});
      if (!answer.ok && answer.error.code === 'corrupt') refused.push(method);
    }
    expect(refused).toEqual([...DATA_METHODS]);
    expect(await service.call('system.status', {})).toMatchObject({ ok: true, result: { state: 'damaged' } });
    await service.close();
    service = null;
    expect(sha256File(file)).toBe(before);
  });
});

describe('the data service and its check', () => {
  it('writes nothing, not even the reference data, until the check has passed', async () => {
    const { folder: data, file } = await healthyFolder(folder(), 2);
    const edit = new Database(file);
    edit.exec("UPDATE agreements SET name_en = 'edited by hand'");
    edit.close();
    const before = sha256File(file);
    let pass: (outcome: IntegrityOutcome) => void = () => undefined;
    service = await startDataService({ folder: data, checkIntegrity: () => new Promise((resolve) => (pass = resolve)) });
    expect(service.status().state).toBe('checking');
    expect(sha256File(file)).toBe(before);
    pass({ ok: true });
    await service.checked();
    const names = await service.call('agreements.list', {});
    expect(names.ok && (names.result as { name: { en: string } }[]).some((agreement) => agreement.name.en === 'edited by hand')).toBe(false);
  });

  it('checks in full after a file was swapped, and ignores a check of the file it replaced', async () => {
    const { folder: data } = await healthyFolder(folder(), 2);
    const calls: { full: boolean; settle: (outcome: IntegrityOutcome) => void }[] = [];
    service = await startDataService({
      folder: data,
      checkIntegrity: (_file, options) => new Promise((resolve) => calls.push({ full: options?.full ?? false, settle: resolve })),
    });
    const { folderHandlers } = await import('../folderHandlers');
    const original = folderHandlers['system.status'];
    (folderHandlers as Record<string, unknown>)['system.status'] = async (input: never, context: Parameters<typeof original>[1]) => {
      await context.reopenAfter(async () => undefined);
      return original(input, context);
    };
    try {
      await service.call('system.status', {});
    } finally {
      (folderHandlers as Record<string, unknown>)['system.status'] = original;
    }
    expect(calls.map((call) => call.full)).toEqual([false, true]);
    // The first check (of the file as it was before the swap) answers late: its answer no longer counts.
    calls[0]?.settle({ ok: false, cause: 'damaged', detail: 'late answer about the old file' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(service.status().state).toBe('checking');
    calls[1]?.settle({ ok: true });
    await service.checked();
    expect(service.status().state).toBe('ready');
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseFile } from '../dataFolder';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { startDataService, type DataService, type IntegrityOutcome } from './core';

/** A check the test settles by hand, to see what the service does meanwhile. */
function manualCheck() {
  let settle: (outcome: IntegrityOutcome) => void = () => undefined;
  const check = () =>
    new Promise<IntegrityOutcome>((resolve) => {
      settle = resolve;
    });
  return { check, settle: (outcome: IntegrityOutcome) => settle(outcome) };
}

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let service: DataService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

describe('the data service', () => {
  it('answers queries while the file is checked and holds writes until the check passes', async () => {
    const manual = manualCheck();
    service = await startDataService({ folder: tempFolder(), checkIntegrity: manual.check });
    expect((await service.call('system.status', {})) as { result: { state: string } }).toMatchObject({ ok: true, result: { state: 'checking' } });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 0 } });

    let created = false;
    const write = service.call('cases.create', caseInput()).then((answer) => {
      created = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toBe(false);
    manual.settle({ ok: true });
    expect(await write).toMatchObject({ ok: true });
    expect(await service.call('system.status', {})).toMatchObject({ ok: true, result: { state: 'ready', damage: null } });
  });

  it('never writes to a file the check found damaged, and says so by code', async () => {
    const manual = manualCheck();
    service = await startDataService({ folder: tempFolder(), checkIntegrity: manual.check });
    const write = service.call('cases.create', caseInput());
    manual.settle({ ok: false, cause: 'damaged', detail: 'Tree 4 page 7: btreeInitPage() returns error code 11' });
    expect(await write).toMatchObject({ ok: false, error: { code: 'corrupt', reason: 'damaged' } });
    const before = fileHash(service.file);
    expect(await service.call('settings.update', { locale: 'es' })).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(fileHash(service.file)).toBe(before);
    expect(await service.call('system.status', {})).toMatchObject({
      ok: true,
      result: { state: 'damaged', damage: { cause: 'damaged', detail: 'Tree 4 page 7: btreeInitPage() returns error code 11' } },
    });
  });

  it('keeps serving when the check itself cannot run', async () => {
    service = await startDataService({ folder: tempFolder(), checkIntegrity: () => Promise.reject(new Error('no worker')) });
    const silenced = console.error;
    console.error = () => undefined;
    try {
      await service.checked();
    } finally {
      console.error = silenced;
    }
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: true });
  });

  it('validates folder methods at the boundary and refuses unknown methods', async () => {
    service = await startDataService({ folder: tempFolder(), checkIntegrity: async () => ({ ok: true }) });
    expect(await service.call('system.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { extra: { code: 'not_a_field' } } } });
    expect(await service.call('nothing.here', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('reopens and checks the file again after a folder method swaps it', async () => {
    let checks = 0;
    const folder = tempFolder();
    service = await startDataService({ folder, checkIntegrity: async () => {
        checks += 1;
        return { ok: true };
      },
    });
    await service.checked();
    expect(checks).toBe(1);
    const { reopenAfter, database } = await captureContext(service);
    await reopenAfter(async () => {
      expect(database()).toBeNull();
    });
    await service.checked();
    expect(checks).toBe(2);
    expect(service.status().state).toBe('ready');
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: true });
  });

  it('read-only: answers queries, refuses commands and any swap of the file with read_only', async () => {
    const folder = tempFolder();
    const writer = await startDataService({ folder, checkIntegrity: async () => ({ ok: true }) });
    expect(await writer.call('cases.create', caseInput({ title: 'Seen read-only' }))).toMatchObject({ ok: true });
    await writer.close();
    const before = fileHash(databaseFile(folder));

    service = await startDataService({ folder, readOnly: true, checkIntegrity: async () => ({ ok: true }) });
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { rows: [{ title: 'Seen read-only' }] } });
    expect(await service.call('cases.create', caseInput())).toMatchObject({ ok: false, error: { code: 'read_only', reason: 'read_only_copy' } });
    const { reopenAfter, readOnly } = await captureContext(service);
    expect(readOnly).toBe(true);
    let swapped = false;
    await expect(
      reopenAfter(async () => {
        swapped = true;
      }),
    ).rejects.toMatchObject({ error: { code: 'read_only' } });
    expect(swapped).toBe(false);
    await service.close();
    expect(fileHash(databaseFile(folder))).toBe(before);
  });

  it('answers a folder method that failed by its cause, logging one line each time and the stack only once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    service = await startDataService({ folder: tempFolder(), checkIntegrity: async () => ({ ok: true }) });
    const { folderHandlers } = await import('../folderHandlers');
    const original = folderHandlers['backups.list'];
    (folderHandlers as Record<string, unknown>)['backups.list'] = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const lines: string[] = [];
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect(await service.call('backups.list', {})).toMatchObject({ ok: false, error: { code: 'disk_full', reason: 'disk_full' } });
      }
      lines.push(...errors.mock.calls.map((args) => args.map(String).join(' ')));
    } finally {
      (folderHandlers as Record<string, unknown>)['backups.list'] = original;
      errors.mockRestore();
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\[service\] backups\.list failed: disk_full \(ENOSPC: ENOSPC: no space left on device, write\)/);
    expect(lines.map((line) => line.includes('\n    at '))).toEqual([true, false, false]);
  });
});

/** The folder context a folder method receives, reached through a stand-in handler. */
async function captureContext(service: DataService) {
  const { folderHandlers } = await import('../folderHandlers');
  const original = folderHandlers['system.status'];
  let captured: Parameters<typeof original>[1] | null = null;
  (folderHandlers as Record<string, unknown>)['system.status'] = async (input: never, context: Parameters<typeof original>[1]) => {
    captured = context;
    return original(input, context);
  };
  try {
    await service.call('system.status', {});
  } finally {
    (folderHandlers as Record<string, unknown>)['system.status'] = original;
  }
  if (captured === null) throw new Error('system.status was not served');
  return captured as Parameters<typeof original>[1];
}

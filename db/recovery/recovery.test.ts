// Recovery from a damaged file (issue 7 §1, §7): salvage copies what can still
// be read into a new file made by our migrations, the damaged file unchanged;
// switching to it keeps the damaged file beside it, renamed, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalvageResult } from '../../shared/recovery/api';
import { checkIntegrity } from '../integrity/check';
import { healthyFolder, truncatedFolder, zeroedCasesPageFolder } from '../integrity/damagedFiles';
import { startDataService, type DataService } from '../service/core';
import { caseInput, sha256File, tempFolder } from '../testing/testDatabase';
import { COPIED_TABLES, DERIVED_TABLES, REFERENCE_TABLES } from './salvage';

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

async function damagedService(make: (folder: string) => Promise<{ folder: string; file: string }>) {
  const damaged = await make(folder());
  service = await startDataService({ folder: damaged.folder, checkIntegrity, now: () => new Date('2026-03-10T09:00:00Z') });
  await service.checked();
  expect(service.status().state).toBe('damaged');
  return { ...damaged, service };
}

describe('recovery.salvage', () => {
  it('copies every readable case of a file with a zeroed page into a new, sound file, and leaves the damaged file alone', async () => {
    const { file, service: running } = await damagedService((data) => zeroedCasesPageFolder(data, 120));
    const before = sha256File(file);
    const answer = await running.call('recovery.salvage', {});
    expect(answer.ok).toBe(true);
    const result = (answer as { result: SalvageResult }).result;
    expect(result.name).toBe('commission-desk.salvaged-2026-03-10T09-00-00Z.sqlite');
    expect(path.dirname(result.path)).toBe(path.dirname(file));
    expect(sha256File(file)).toBe(before);

    const cases = result.tables.find((table) => table.table === 'cases');
    expect(cases).toMatchObject({ damaged: true });
    // One page of ~120 cases with long summaries holds a handful: they are rebuilt from the history (rebuild.test.ts).
    expect(cases?.copied).toBeGreaterThan(100);
    expect(cases?.copied).toBeLessThan(120);
    expect(cases?.rebuilt).toBe(120 - (cases?.copied ?? 0));
    expect(result.cases).toBe(120);
    expect(result.complete).toBe(false);
    // What lost its case (the history entries stay: they have no foreign key).
    expect(result.tables.find((table) => table.table === 'audit_log')).toMatchObject({ copied: 120, damaged: false });

    expect(await checkIntegrity(result.path, { full: true })).toEqual({ ok: true });
    const salvaged = new Database(result.path, { readonly: true });
    try {
      expect(salvaged.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(result.cases);
      // The counts and the search index are rebuilt from the rows copied.
      expect(salvaged.prepare("SELECT n FROM case_list_counts WHERE party = '*'").pluck().all().reduce((sum: number, n) => sum + (n as number), 0)).toBe(result.cases);
      expect(salvaged.prepare("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'licensing'").pluck().get()).toBe(result.cases);
    } finally {
      salvaged.close();
    }
  });

  it('salvages nothing it cannot read from a file cut short, and still makes a sound file', async () => {
    const { file, service: running } = await damagedService((data) => truncatedFolder(data, 0.5, 120));
    const before = sha256File(file);
    const answer = await running.call('recovery.salvage', {});
    expect(answer.ok).toBe(true);
    const result = (answer as { result: SalvageResult }).result;
    expect(sha256File(file)).toBe(before);
    expect(result.complete).toBe(false);
    expect(result.cases).toBeLessThan(120);
    expect(await checkIntegrity(result.path, { full: true })).toEqual({ ok: true });
  });

  it('copies a sound file completely', async () => {
    const healthy = await healthyFolder(folder(), 30);
    service = await startDataService({ folder: healthy.folder, checkIntegrity });
    await service.checked();
    const answer = await service.call('recovery.salvage', {});
    expect(answer).toMatchObject({ ok: true, result: { cases: 30, complete: true } });
  });

  it('knows what to do with every table of the schema', async () => {
    const healthy = await healthyFolder(folder(), 1);
    const db = new Database(healthy.file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    db.close();
    // A new table must be named in one list of db/recovery/salvage.ts, or salvage would leave its rows behind.
    expect(tables).toEqual([...COPIED_TABLES, ...DERIVED_TABLES, ...REFERENCE_TABLES].sort());
  });
});

describe('recovery.useSalvaged', () => {
  it('switches to the salvaged file, keeps the damaged one renamed beside it, and serves again', async () => {
    const { file, folder: data, service: running } = await damagedService((made) => zeroedCasesPageFolder(made, 120));
    const before = sha256File(file);
    const salvaged = (await running.call('recovery.salvage', {})) as { ok: true; result: SalvageResult };
    const answer = await running.call('recovery.useSalvaged', { name: salvaged.result.name });
    expect(answer).toMatchObject({ ok: true, result: { damagedKeptAs: 'commission-desk.damaged-2026-03-10T09-00-00Z.sqlite' } });
    expect(sha256File(path.join(data, 'commission-desk.damaged-2026-03-10T09-00-00Z.sqlite'))).toBe(before);
    expect(fs.existsSync(salvaged.result.path)).toBe(false);

    await running.checked();
    expect(running.status().state).toBe('ready');
    expect(await running.call('cases.list', {})).toMatchObject({ ok: true, result: { total: salvaged.result.cases } });
    expect(await running.call('cases.create', caseInput())).toMatchObject({ ok: true });
    const refused = [];
    for (const method of ['cases.list', 'trash.list', 'history.list', 'deadlines.upcoming', 'dashboard.summary'] as const) {
      const listed = await running.call(method, {});
      if (!listed.ok) refused.push(method);
    }
    expect(refused).toEqual([]);
  });

  it('refuses to replace sound data, whatever salvaged file lies in the folder', async () => {
    const healthy = await healthyFolder(folder(), 3);
    service = await startDataService({ folder: healthy.folder, checkIntegrity, now: () => new Date('2026-03-10T09:00:00Z') });
    await service.checked();
    const salvaged = (await service.call('recovery.salvage', {})) as { ok: true; result: SalvageResult };
    await service.call('cases.create', caseInput({ title: 'Written after the salvage' }));
    const before = fs.readdirSync(healthy.folder).sort();

    expect(await service.call('recovery.useSalvaged', { name: salvaged.result.name })).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'not_damaged' } });
    expect(fs.readdirSync(healthy.folder).sort()).toEqual(before);
    expect(service.status().state).toBe('ready');
    expect(await service.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 4 } });
  });

  it('refuses a name that is not a salvaged file, or one that is not there', async () => {
    const { service: running } = await damagedService((made) => zeroedCasesPageFolder(made, 120));
    expect(await running.call('recovery.useSalvaged', { name: '../commission-desk.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await running.call('recovery.useSalvaged', { name: 'commission-desk.salvaged-2026-03-10T09-00-00Z.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(running.status().state).toBe('damaged');
  });
});

describe('recovery.check', () => {
  it('runs the full check on demand and says what it found', async () => {
    const healthy = await healthyFolder(folder(), 3);
    service = await startDataService({ folder: healthy.folder, checkIntegrity });
    await service.checked();
    expect(await service.call('recovery.check', {})).toMatchObject({ ok: true, result: { ok: true, cause: null, detail: null } });
  });

  it('on a damaged file, reports the damage', async () => {
    const { service: running } = await damagedService((made) => zeroedCasesPageFolder(made, 120));
    expect(await running.call('recovery.check', {})).toMatchObject({ ok: true, result: { ok: false, cause: 'damaged' } });
    expect(running.status().state).toBe('damaged');
  });
});

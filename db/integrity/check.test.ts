import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../dataFolder';
import { sha256File, tempFolder } from '../testing/testDatabase';
import { checkIntegrity } from './check';
import { healthyFolder, truncatedFolder, zeroedCasesPageFolder } from './damagedFiles';

const folders: string[] = [];
function folder(): string {
  const made = tempFolder();
  folders.push(made);
  return made;
}
afterEach(() => {
  while (folders.length > 0) fs.rmSync(folders.pop() ?? '', { recursive: true, force: true });
});

describe('checkIntegrity', () => {
  it('passes a sound file, quick and full, without writing to it', async () => {
    const { file } = await healthyFolder(folder(), 30);
    const before = sha256File(file);
    expect(await checkIntegrity(file)).toEqual({ ok: true });
    expect(await checkIntegrity(file, { full: true })).toEqual({ ok: true });
    expect(sha256File(file)).toBe(before);
    // Read-only: whatever write-ahead log the reader leaves is empty, so the next open does not take it for a crash.
    expect(fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('finds a zeroed page of the cases table and leaves the bytes as they were', async () => {
    const { file } = await zeroedCasesPageFolder(folder());
    const before = sha256File(file);
    const outcome = await checkIntegrity(file);
    expect(outcome).toMatchObject({ ok: false, cause: 'damaged' });
    expect(outcome.ok ? '' : outcome.detail).toMatch(/malformed|page/i);
    expect(await checkIntegrity(file, { full: true })).toMatchObject({ ok: false, cause: 'damaged' });
    expect(sha256File(file)).toBe(before);
  });

  it('finds a file cut short', async () => {
    const { file } = await truncatedFolder(folder());
    const before = sha256File(file);
    expect(await checkIntegrity(file)).toMatchObject({ ok: false, cause: 'damaged' });
    expect(sha256File(file)).toBe(before);
  });

  it('calls a file whose header survived but whose pages are noise unreadable or damaged, never sound', async () => {
    const { file } = await healthyFolder(folder(), 5);
    const bytes = fs.readFileSync(file);
    // Keep the 16-byte magic, overwrite the rest of the header: SQLite no longer recognises the file.
    bytes.fill(0xa5, 16, 100);
    fs.writeFileSync(file, bytes);
    expect(await checkIntegrity(file)).toMatchObject({ ok: false, cause: expect.stringMatching(/^(unreadable|damaged)$/) as unknown });
  });

  it('reports rows whose parent is missing (foreign_key_check)', async () => {
    const { file } = await healthyFolder(folder(), 2);
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO case_events (id, case_id, type, date, text, created_at, updated_at) VALUES ('e-orphan', 'no-such-case', 'consultations_requested', '2026-02-03', '', '2026-02-03T09:00:00Z', '2026-02-03T09:00:00Z')",
    ).run();
    db.close();
    const outcome = await checkIntegrity(file);
    expect(outcome).toMatchObject({ ok: false, cause: 'damaged' });
    expect(outcome.ok ? '' : outcome.detail).toMatch(/case_events row \d+ refers to a missing cases row/);
  });

  it('rejects, rather than answering, when the file cannot be checked at all', async () => {
    await expect(checkIntegrity(databaseFile(folder()))).rejects.toThrow(/could not run/);
  });
});

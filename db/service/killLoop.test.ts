// Killed while writing (issue 7 §7): a copy of the app creating cases is
// stopped by SIGKILL again and again at random moments. After every kill the
// next copy must take over the lock, the file must pass integrity_check, and
// every write acknowledged before the kill must be there.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../dataFolder';
import { tempFolder } from '../testing/testDatabase';

const CYCLES = Number(process.env['KILL_CYCLES'] ?? 50);
const WRITER = path.join(__dirname, '..', 'testing', 'killedWriter.ts');

/** Runs one copy until it has acknowledged `writes` cases, kills it, answers the ids it acknowledged. */
function killAfter(folder: string, cycle: number, writes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, folder, String(cycle)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('acknowledged ')) acknowledged.push(line.slice('acknowledged '.length));
      if (acknowledged.length >= writes) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`cycle ${cycle}: the writer stopped by itself (exit ${code}): ${errors.slice(0, 2000)}`));
    });
  });
}

describe('a copy of the app killed while writing', () => {
  it(`loses no acknowledged write and leaves an intact file, over ${CYCLES} kills`, { timeout: 600_000 }, async () => {
    const folder = tempFolder();
    const acknowledged: string[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      // Between 1 and 12 writes, so the kill lands at a different point of a write each time.
      acknowledged.push(...(await killAfter(folder, cycle, 1 + ((cycle * 7) % 12))));
    }
    const db = new Database(databaseFile(folder), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const stored = new Set(db.prepare('SELECT id FROM cases').pluck().all() as string[]);
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(CYCLES);
    } finally {
      db.close();
    }
  });
});

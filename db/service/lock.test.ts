import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/testDatabase';
import { acquireFolderLock, FolderInUseError, holdsLock, lockFile, STALE_AFTER_MS, type FolderLock, type LockHolder } from './lock';

/** The id of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

function writeLock(folder: string, holder: LockHolder, ageMs = 0): void {
  fs.writeFileSync(lockFile(folder), JSON.stringify(holder));
  const modified = new Date(Date.now() - ageMs);
  fs.utimesSync(lockFile(folder), modified, modified);
}

const held: FolderLock[] = [];
function acquire(...args: Parameters<typeof acquireFolderLock>): FolderLock {
  const lock = acquireFolderLock(...args);
  held.push(lock);
  return lock;
}
afterEach(() => {
  held.splice(0).forEach((lock) => lock.release());
});

describe('the data folder lock', () => {
  it('is a file naming the holder while held, and gone once released', () => {
    const folder = tempFolder();
    const lock = acquire(folder, { host: 'browser', now: () => new Date('2026-03-10T09:00:00Z') });
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toEqual({
      pid: process.pid,
      host: 'browser',
      startedAt: '2026-03-10T09:00:00.000Z',
      hostname: os.hostname(),
      nonce: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(fs.readFileSync(lockFile(folder), 'utf8')).toBe(lock.content);
    lock.release();
    expect(fs.existsSync(lockFile(folder))).toBe(false);
  });

  it('refuses a second holder, in this process too, saying which program, process and since when', () => {
    const folder = tempFolder();
    acquire(folder, { host: 'desktop', now: () => new Date(2026, 2, 10, 9, 5) });
    let refusal: unknown = null;
    try {
      acquire(folder, { host: 'browser' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FolderInUseError);
    expect((refusal as Error).message).toBe(
      `the data folder ${folder} is in use by the Commission Desk desktop app (process ${process.pid} on this computer, since 2026-03-10 09:05)`,
    );
    expect((refusal as FolderInUseError).holder).toMatchObject({ pid: process.pid, host: 'desktop' });
  });

  it('refuses a lock held by another live process on this computer', () => {
    const folder = tempFolder();
    writeLock(folder, { pid: process.ppid, host: 'browser', startedAt: new Date().toISOString(), hostname: os.hostname() });
    expect(() => acquire(folder, { host: 'desktop' })).toThrow(/in use by a Commission Desk browser host \(process \d+ on this computer/);
  });

  it('never takes over the lock of a live process on this computer, however old its heartbeat (a suspended holder)', () => {
    const folder = tempFolder();
    // Our parent is alive; the heartbeat stopped long ago, as for a holder stopped with kill -STOP.
    const suspended: LockHolder = { pid: process.ppid, host: 'browser', startedAt: new Date(Date.now() - 3_600_000).toISOString(), hostname: os.hostname() };
    writeLock(folder, suspended, 10 * STALE_AFTER_MS);
    expect(() => acquire(folder, { host: 'desktop' })).toThrow(FolderInUseError);
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toEqual(suspended);
  });

  it('takes over a lock written before this computer started, whose process id was reused since', () => {
    const folder = tempFolder();
    const beforeBoot: LockHolder = { pid: process.ppid, host: 'browser', startedAt: '2026-03-09T08:00:00.000Z', hostname: os.hostname() };
    writeLock(folder, beforeBoot);
    const lock = acquire(folder, { host: 'desktop', bootedAtMs: Date.parse('2026-03-10T07:00:00Z') });
    expect(lock.tookOver).toEqual(beforeBoot);
  });

  it('takes over a lock whose process is gone from this computer (a crash)', () => {
    const folder = tempFolder();
    const crashed: LockHolder = { pid: deadPid(), host: 'browser', startedAt: '2026-03-09T08:00:00.000Z', hostname: os.hostname() };
    writeLock(folder, crashed);
    const lock = acquire(folder, { host: 'desktop' });
    expect(lock.tookOver).toEqual(crashed);
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toMatchObject({ pid: process.pid, host: 'desktop' });
  });

  it('trusts a fresh lock from another computer, and takes over one whose heartbeat stopped', () => {
    const folder = tempFolder();
    const elsewhere: LockHolder = { pid: process.pid, host: 'desktop', startedAt: '2026-03-09T08:00:00.000Z', hostname: 'other-laptop' };
    writeLock(folder, elsewhere);
    expect(() => acquire(folder, { host: 'browser' })).toThrow(/desktop app \(process \d+ on other-laptop, since/);
    writeLock(folder, elsewhere, STALE_AFTER_MS + 1_000);
    expect(acquire(folder, { host: 'browser' }).tookOver).toEqual(elsewhere);
  });

  it('takes over an empty lock left by a crash between create and write, but not a fresh one', () => {
    const folder = tempFolder();
    fs.writeFileSync(lockFile(folder), '');
    expect(() => acquire(folder, { host: 'browser' })).toThrow(/in use by another copy of Commission Desk/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(folder), old, old);
    expect(acquire(folder, { host: 'browser' }).tookOver).toBe('unreadable');
  });

  it('touches the lock while held, and leaves a lock another copy took over when released', async () => {
    const folder = tempFolder();
    const lock = acquire(folder, { host: 'browser', heartbeatMs: 20 });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(folder), old, old);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fs.statSync(lockFile(folder)).mtimeMs).toBeGreaterThan(Date.now() - 10_000);

    const successor: LockHolder = { pid: 1, host: 'desktop', startedAt: new Date().toISOString(), hostname: os.hostname() };
    writeLock(folder, successor);
    lock.release();
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toEqual(successor);
  });

  it('tells its holder, once, when another copy’s lock replaced it, and stops touching that lock', async () => {
    const folder = tempFolder();
    const losses: (LockHolder | null)[] = [];
    const lock = acquire(folder, { host: 'browser', heartbeatMs: 20, onLost: (by) => losses.push(by) });
    expect(holdsLock(lock.file, lock.content)).toBe(true);
    // Same process id and start time, as a copy restarted within the second would write: only the nonce differs.
    const successor: LockHolder = { ...lock.holder, host: 'desktop', nonce: 'another' };
    const old = new Date(Date.now() - 60_000);
    writeLock(folder, successor);
    fs.utimesSync(lockFile(folder), old, old);
    expect(holdsLock(lock.file, lock.content)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(losses).toEqual([successor]);
    // Not touched: the heartbeat stopped with the loss.
    expect(fs.statSync(lockFile(folder)).mtimeMs).toBeLessThan(Date.now() - 50_000);
    lock.release();
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toEqual(successor);
  });

  it('puts back a lock removed by hand while held, and still counts it as held', async () => {
    const folder = tempFolder();
    const losses: unknown[] = [];
    const lock = acquire(folder, { host: 'browser', heartbeatMs: 20, onLost: (by) => losses.push(by) });
    fs.rmSync(lockFile(folder));
    expect(holdsLock(lock.file, lock.content)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fs.readFileSync(lockFile(folder), 'utf8')).toBe(lock.content);
    expect(losses).toEqual([]);
  });
});

// One writer per data folder (issue 7 §3): a lock file in the folder, created
// exclusively (O_EXCL) by the host that opens the database and removed when it
// closes. A second copy of the app — the desktop app or a browser host — finds
// it and says who holds the folder instead of writing behind the first. A lock
// left by a crash is taken over: on this computer when its process is gone
// (or the lock predates the last boot); a lock of another computer sharing
// the folder, whose process cannot be looked at, when its heartbeat (the
// file's modification time, touched while held) stopped. A holder that finds
// its lock replaced stops writing (the data service refuses with lock_lost).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Which program holds the folder, for the one-line refusal. */
export const HOST_PROGRAMS = ['desktop', 'browser'] as const;
export type HostProgram = (typeof HOST_PROGRAMS)[number];

export type LockHolder = Readonly<{
  pid: number;
  host: HostProgram;
  /** ISO timestamp: when the holder opened the folder. */
  startedAt: string;
  hostname: string;
  /**
   * Random, per acquisition: tells this holder's lock from a later one of the
   * same process id and start second (absent from locks of older versions).
   */
  nonce?: string;
}>;

export const LOCK_FILE_NAME = 'commission-desk.lock';
/** How often a holder touches its lock. */
export const HEARTBEAT_MS = 15_000;
/**
 * A lock of ANOTHER computer sharing the folder not touched for this long is
 * stale: its process cannot be looked at from here. Many heartbeats long, so
 * a busy or briefly suspended holder is never mistaken for a dead one. On this
 * computer age counts for nothing: a live process still holds its database
 * connection however long it was suspended (kill -STOP, a debugger, a laptop
 * asleep), and taking its lock over would make two writers (issue 7 review).
 */
export const STALE_AFTER_MS = 8 * HEARTBEAT_MS;
/** A lock started this long before the computer's boot cannot be a live process's: clocks are allowed this much slack. */
const BOOT_SLACK_MS = 60_000;
/** A lock file still empty after this long was left by a crash between create and write. */
const UNWRITTEN_GRACE_MS = 5_000;

export type FolderLock = Readonly<{
  file: string;
  holder: LockHolder;
  /** What the lock replaced, when it took over a stale one (for the log). */
  tookOver: LockHolder | 'unreadable' | null;
  /** The lock file's exact text while it is this holder's (see holdsLock). */
  content: string;
  /** Stops the heartbeat and removes the lock file if it is still ours. */
  release: () => void;
}>;

export type LockOptions = Readonly<{
  host: HostProgram;
  /** Tests fix these; the defaults are this process on this computer. */
  pid?: number;
  hostname?: string;
  now?: () => Date;
  isAlive?: (pid: number) => boolean;
  heartbeatMs?: number;
  staleAfterMs?: number;
  /** When this computer started (ms since the epoch); by default from os.uptime(). */
  bootedAtMs?: number;
  /**
   * Called once when the heartbeat finds the lock file holding another
   * copy's lock (taken over while this one was suspended, or by hand): this
   * holder must stop writing. The heartbeat stops with it.
   */
  onLost?: (by: LockHolder | null) => void;
}>;

/** The folder is held by another copy of the app: the message says by whom; each host adds what the user can do. */
export class FolderInUseError extends Error {
  override readonly name = 'FolderInUseError';
  /** "the Commission Desk desktop app (process 4242 on this computer, since 2026-03-10 09:05)". */
  readonly heldBy: string;
  constructor(
    readonly folder: string,
    readonly holder: LockHolder | null,
    here: string,
  ) {
    const heldBy = describeHolder(holder, here);
    super(`the data folder ${folder} is in use by ${heldBy}`);
    this.heldBy = heldBy;
  }
}

export function lockFile(folder: string): string {
  return path.join(folder, LOCK_FILE_NAME);
}

/** "the desktop app (process 4242 on this computer, since 10 Mar 2026 09:00)". */
export function describeHolder(holder: LockHolder | null, here: string): string {
  if (holder === null) return 'another copy of Commission Desk';
  const program = holder.host === 'desktop' ? 'the Commission Desk desktop app' : 'a Commission Desk browser host';
  const where = holder.hostname === here ? 'on this computer' : `on ${holder.hostname}`;
  return `${program} (process ${holder.pid} ${where}, since ${formatSince(holder.startedAt)})`;
}

function formatSince(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Signal 0 tests for a process without touching it; EPERM means it exists under another user. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type Found = Readonly<{ holder: LockHolder | null; modifiedMs: number; raw: string }>;

function readLock(file: string): Found | null {
  try {
    const raw = fs.readFileSync(file, 'utf8');
    const modifiedMs = fs.statSync(file).mtimeMs;
    return { holder: parseHolder(raw), modifiedMs, raw };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder> | null;
    if (
      value !== null &&
      typeof value === 'object' &&
      Number.isInteger(value.pid) &&
      typeof value.host === 'string' &&
      (HOST_PROGRAMS as readonly string[]).includes(value.host) &&
      typeof value.startedAt === 'string' &&
      typeof value.hostname === 'string'
    ) {
      const holder = { pid: value.pid as number, host: value.host, startedAt: value.startedAt, hostname: value.hostname };
      return typeof value.nonce === 'string' ? { ...holder, nonce: value.nonce } : holder;
    }
  } catch {
    // Not JSON: judged by its age below.
  }
  return null;
}

/**
 * Takes the folder's lock, taking over a stale one; throws FolderInUseError
 * when a live copy holds it (this process included: two services on one
 * folder in one process are refused as well).
 */
export function acquireFolderLock(folder: string, options: LockOptions): FolderLock {
  const pid = options.pid ?? process.pid;
  const here = options.hostname ?? os.hostname();
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? processIsAlive;
  const staleAfter = options.staleAfterMs ?? STALE_AFTER_MS;
  const file = lockFile(folder);
  const bootedAt = options.bootedAtMs ?? Date.now() - os.uptime() * 1000;
  const holder: LockHolder = { pid, host: options.host, startedAt: now().toISOString(), hostname: here, nonce: randomUUID() };
  fs.mkdirSync(folder, { recursive: true });

  let tookOver: FolderLock['tookOver'] = null;
  // Twice at most: once as found, once after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(file, holder)) return held(file, holder, tookOver, options);
    const found = readLock(file);
    if (found === null) continue; // released between our attempt and the read
    const age = now().getTime() - found.modifiedMs;
    const stale =
      found.holder === null
        ? age > UNWRITTEN_GRACE_MS
        : found.holder.hostname === here
          ? isGoneHere(found.holder, pid, isAlive, bootedAt)
          : age > staleAfter;
    if (!stale || attempt > 0) throw new FolderInUseError(folder, found.holder, here);
    // Remove it only if it is still the stale lock we judged: a copy that took
    // it over meanwhile has rewritten it, and its lock must stay.
    const again = readLock(file);
    if (again !== null && again.raw === found.raw && again.modifiedMs === found.modifiedMs) fs.rmSync(file, { force: true });
    tookOver = found.holder ?? 'unreadable';
  }
  throw new FolderInUseError(folder, readLock(file)?.holder ?? null, here);
}

/**
 * A holder on this computer is gone when its process is, or when it started
 * before this computer did (its id has been reused since the reboot). This
 * process's own id is never gone: a second service in one process is refused.
 */
function isGoneHere(holder: LockHolder, pid: number, isAlive: (pid: number) => boolean, bootedAt: number): boolean {
  if (holder.pid === pid) return false;
  if (!isAlive(holder.pid)) return true;
  const started = Date.parse(holder.startedAt);
  return !Number.isNaN(started) && started < bootedAt - BOOT_SLACK_MS;
}

/** The one log line of a copy that lost its folder's lock. */
export function lockLostLine(folder: string): string {
  return `[service] another copy of Commission Desk took over the lock of ${folder}: this copy writes nothing more (changes are refused with lock_lost).`;
}

/**
 * Whether the lock file still says `content` (a FolderLock's): false once
 * another copy's lock replaced it. A missing file still counts as held — the
 * heartbeat puts it back — so only a lock that names someone else stops writes.
 */
export function holdsLock(file: string, content: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8') === content;
  } catch {
    // Removed (put back by the heartbeat) or unreadable (a folder gone, which the database will report): nobody else holds it.
    return true;
  }
}

function createExclusive(file: string, holder: LockHolder): boolean {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(descriptor, JSON.stringify(holder));
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  return true;
}

function held(file: string, holder: LockHolder, tookOver: FolderLock['tookOver'], options: LockOptions): FolderLock {
  const content = JSON.stringify(holder);
  const ours = () => {
    try {
      return fs.readFileSync(file, 'utf8') === content;
    } catch {
      return false;
    }
  };
  const heartbeat = setInterval(() => {
    try {
      if (ours()) {
        const touched = new Date();
        fs.utimesSync(file, touched, touched);
        return;
      }
      // Removed by hand while held: put it back, so a second copy still finds it.
      if (!fs.existsSync(file) && createExclusive(file, holder)) return;
      // Another copy's lock: it judged this one gone (or someone replaced it).
      // Its lock is left alone and this holder stops writing.
      clearInterval(heartbeat);
      options.onLost?.(readLock(file)?.holder ?? null);
    } catch (error) {
      // A folder gone or unwritable: the database will say so on the next write.
      console.error(`[lock] could not refresh ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  // The heartbeat alone never keeps a host running.
  heartbeat.unref();
  let released = false;
  return {
    file,
    holder,
    tookOver,
    content,
    release: () => {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      if (ours()) fs.rmSync(file, { force: true });
    },
  };
}

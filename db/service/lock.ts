// One writer per data folder (issue 7 §3): a lock file in the folder, created
// exclusively (O_EXCL) by the host that opens the database and removed when it
// closes. A second copy of the app — the desktop app or a browser host — finds
// it and says who holds the folder instead of writing behind the first. A lock
// left by a crash is taken over: its process is gone from this computer, or
// its heartbeat (the file's modification time, touched while held) stopped.
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
}>;

export const LOCK_FILE_NAME = 'commission-desk.lock';
/** How often a holder touches its lock. */
export const HEARTBEAT_MS = 15_000;
/**
 * A lock not touched for this long is stale even when its process id is alive
 * (ids are reused after a crash; on another computer sharing the folder they
 * cannot be checked at all). Many heartbeats long, so a busy or briefly
 * suspended holder is never mistaken for a dead one.
 */
export const STALE_AFTER_MS = 8 * HEARTBEAT_MS;
/** A lock file still empty after this long was left by a crash between create and write. */
const UNWRITTEN_GRACE_MS = 5_000;

export type FolderLock = Readonly<{
  file: string;
  holder: LockHolder;
  /** What the lock replaced, when it took over a stale one (for the log). */
  tookOver: LockHolder | 'unreadable' | null;
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
      return { pid: value.pid as number, host: value.host, startedAt: value.startedAt, hostname: value.hostname };
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
  const holder: LockHolder = { pid, host: options.host, startedAt: now().toISOString(), hostname: here };
  fs.mkdirSync(folder, { recursive: true });

  let tookOver: FolderLock['tookOver'] = null;
  // Twice at most: once as found, once after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(file, holder)) return held(file, holder, tookOver, options.heartbeatMs ?? HEARTBEAT_MS);
    const found = readLock(file);
    if (found === null) continue; // released between our attempt and the read
    const age = now().getTime() - found.modifiedMs;
    const stale =
      found.holder === null
        ? age > UNWRITTEN_GRACE_MS
        : age > staleAfter || (found.holder.hostname === here && found.holder.pid !== pid && !isAlive(found.holder.pid));
    if (!stale || attempt > 0) throw new FolderInUseError(folder, found.holder, here);
    // Remove it only if it is still the stale lock we judged: a copy that took
    // it over meanwhile has rewritten it, and its lock must stay.
    const again = readLock(file);
    if (again !== null && again.raw === found.raw && again.modifiedMs === found.modifiedMs) fs.rmSync(file, { force: true });
    tookOver = found.holder ?? 'unreadable';
  }
  throw new FolderInUseError(folder, readLock(file)?.holder ?? null, here);
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

function held(file: string, holder: LockHolder, tookOver: FolderLock['tookOver'], heartbeatMs: number): FolderLock {
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
      } else if (!fs.existsSync(file)) {
        // Removed by hand while held: put it back, so a second copy still finds it.
        createExclusive(file, holder);
      }
    } catch (error) {
      // A folder gone or unwritable: the database will say so on the next write.
      console.error(`[lock] could not refresh ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, heartbeatMs);
  // The heartbeat alone never keeps a host running.
  heartbeat.unref();
  let released = false;
  return {
    file,
    holder,
    tookOver,
    release: () => {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      if (ours()) fs.rmSync(file, { force: true });
    },
  };
}

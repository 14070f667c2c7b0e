// In what order the data service serves its calls (issue 7 review). Two rules:
// - one call at a time on the connection (`exclusive`): a folder method may
//   close and swap the file under the others, and better-sqlite3 is
//   synchronous, so two calls could not share the thread anyway;
// - changes in the order they came (`inOrder`): a command waiting between
//   attempts for another program's write lock keeps its place, and no later
//   change overtakes it. Queries are not in that line: while a change waits,
//   they are served (a WAL reader is never blocked by a writer).

export type Scheduler = Readonly<{
  /** Runs `task` when no other exclusive task is running. */
  exclusive: <T>(task: () => T | Promise<T>) => Promise<T>;
  /** Runs `task` once every change sent before it has been answered (retries included). */
  inOrder: <T>(task: () => Promise<T>) => Promise<T>;
  /** Settles when every task handed over so far has finished, including tasks they queued meanwhile. */
  settled: () => Promise<void>;
}>;

export function createScheduler(): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  let changes: Promise<unknown> = Promise.resolve();
  return {
    exclusive: (task) => {
      const run = running.then(task);
      running = run.catch(() => undefined);
      return run;
    },
    inOrder: (task) => {
      const run = changes.then(task);
      changes = run.catch(() => undefined);
      return run;
    },
    settled: async () => {
      for (;;) {
        const [lastChange, lastRun] = [changes, running];
        await lastChange;
        await lastRun;
        if (lastChange === changes && lastRun === running) return;
      }
    },
  };
}

export type RetryOptions = Readonly<{
  /** Until when (on `clock`) another attempt may start. */
  deadline: number;
  /** Milliseconds, monotonic. */
  clock?: () => number;
  /** The first pause between attempts; each next pause doubles, up to `maxPauseMs`. */
  firstPauseMs?: number;
  maxPauseMs?: number;
}>;

/**
 * Attempts until `busy(outcome)` is false or the deadline has passed, pausing
 * between attempts on a timer — not on the connection — so the thread serves
 * other calls meanwhile. The last outcome is answered, busy or not.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, busy: (outcome: T) => boolean, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? (() => performance.now());
  let pause = options.firstPauseMs ?? 20;
  for (;;) {
    const outcome = await attempt();
    const left = options.deadline - clock();
    if (!busy(outcome) || left <= 0) return outcome;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
    pause = Math.min(pause * 2, options.maxPauseMs ?? 250);
  }
}

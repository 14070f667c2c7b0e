// Command-line flags both hosts understand besides --data (which
// db/dataFolder.ts reads, so the desktop and browser hosts agree on the folder).

export type HostFlags = Readonly<{
  /** Load the sample casebook at start. */
  demo: boolean;
  /** Browser host only: 0 picks a free port. */
  port: number;
  /** Open the data read-only, beside the copy that holds the folder (issue 7 §3). */
  readOnly: boolean;
}>;

export class UsageError extends Error {
  override name = 'UsageError';
}

function portFrom(value: string | undefined): number {
  const port = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(`--port needs a number from 0 to 65535 (0 picks a free port), not "${value ?? ''}".`);
  return port;
}

/** Reads --demo, --read-only and --port N / --port=N; other arguments are left to their owners. */
export function parseHostFlags(argv: readonly string[]): HostFlags {
  let demo = false;
  let port = 0;
  let readOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--demo') demo = true;
    else if (arg === '--read-only') readOnly = true;
    else if (arg === '--port') port = portFrom(argv[++i]);
    else if (arg?.startsWith('--port=')) port = portFrom(arg.slice('--port='.length));
  }
  // Loading the sample casebook is a write.
  if (demo && readOnly) throw new UsageError('--demo loads the sample casebook, which --read-only cannot do: use one or the other.');
  return { demo, port, readOnly };
}

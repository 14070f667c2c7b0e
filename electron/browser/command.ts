// The browser host as a command (serve.ts runs it on out/renderer): flags, the
// data service, the HTTP server, one line with the address, and a clean close
// — database checkpointed, folder lock released — on Ctrl+C, SIGTERM, or
// SIGHUP when the terminal closes (issue 7 §3).
import { existsSync } from 'node:fs';
import { backupForDownload } from '../../db/backups/export';
import { parseHostFlags, UsageError } from '../host/hostArgs';
import { openData, StartupError, type OpenedData } from '../host/startup';
import { startBrowserHost, type BrowserHost } from './server';
import { indexFile } from './staticFiles';

function fail(message: string): never {
  console.error(`commission-desk: ${message}`);
  process.exit(1);
}

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function runBrowserHost(argv: readonly string[], env: NodeJS.ProcessEnv, rendererDir: string): Promise<void> {
  let flags;
  try {
    flags = parseHostFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }
  if (!existsSync(indexFile(rendererDir))) fail(`the renderer is not built (${rendererDir} is missing). Run \`npm run build\` first.`);

  let data: OpenedData;
  try {
    data = await openData(argv, env, { host: 'browser', demo: flags.demo, readOnly: flags.readOnly });
  } catch (error) {
    if (error instanceof StartupError) fail(error.inUse ? `${error.message} Close it first, or add --read-only to look at the data without changing it.` : error.message);
    throw error;
  }

  let host: BrowserHost;
  try {
    host = await startBrowserHost({ dispatch: data.call, rendererDir, port: flags.port, findBackup: (name) => backupForDownload(data.folder, name) });
  } catch (error) {
    await data.close();
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `port ${flags.port} is in use; pick another with --port, or --port 0 for any free port.` : `could not start the browser host: ${(error as Error).message}`);
  }

  const notes = [`data: ${data.folder}`, ...(data.readOnly ? ['read-only: nothing can be changed'] : []), ...(flags.demo ? ['sample casebook loaded'] : []), 'Ctrl+C stops'];
  console.log(`Commission Desk is running at ${host.url} — open it in a browser (${notes.join('; ')}).`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // The server first (no new calls), then the service: it answers what it
    // was given, checkpoints the log into the file and releases the folder.
    void host
      .close()
      .then(() => data.close())
      .then(
        () => process.exit(0),
        (error: unknown) => fail(`could not close cleanly: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
}

// `npm run serve -- [--port N] [--data DIR] [--demo]`: the browser host as a
// command. Prints one line with the address (token included) and the data
// folder; closes cleanly on Ctrl+C / SIGTERM.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHostFlags, UsageError } from '../host/hostArgs';
import { openData, StartupError } from '../host/startup';
import { startBrowserHost } from './server';
import { indexFile } from './staticFiles';

/** out/renderer, from electron/browser/ (tsx runs this file as CommonJS). */
const RENDERER_DIR = resolve(__dirname, '..', '..', 'out', 'renderer');

function fail(message: string): never {
  console.error(`commission-desk: ${message}`);
  process.exit(1);
}

export async function main(argv: readonly string[]): Promise<void> {
  let flags;
  try {
    flags = parseHostFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }
  if (!existsSync(indexFile(RENDERER_DIR))) fail(`the renderer is not built (${RENDERER_DIR} is missing). Run \`npm run build\` first.`);

  let data;
  try {
    data = await openData(argv, process.env, { demo: flags.demo });
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    throw error;
  }

  let host;
  try {
    host = await startBrowserHost({ dispatch: data.dispatch, rendererDir: RENDERER_DIR, port: flags.port });
  } catch (error) {
    data.close();
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `port ${flags.port} is in use; pick another with --port, or --port 0 for any free port.` : `could not start the browser host: ${(error as Error).message}`);
  }

  console.log(`Commission Desk is running at ${host.url} — open it in a browser (data: ${data.folder}${flags.demo ? ', sample casebook loaded' : ''}; Ctrl+C stops).`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void host.close().then(() => {
      data.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Anything unforeseen: one line, no stack trace.
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});

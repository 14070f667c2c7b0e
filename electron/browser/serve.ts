// `npm run serve -- [--port N] [--data DIR] [--demo] [--read-only]`: the
// browser host as a command over the built renderer (command.ts).
import { resolve } from 'node:path';
import { runBrowserHost } from './command';

/** out/renderer, from electron/browser/ (tsx runs this file as CommonJS). */
const RENDERER_DIR = resolve(__dirname, '..', '..', 'out', 'renderer');

runBrowserHost(process.argv.slice(2), process.env, RENDERER_DIR).catch((error: unknown) => {
  // Anything unforeseen: one line, no stack trace.
  console.error(`commission-desk: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

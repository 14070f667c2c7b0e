// `npm start`: the desktop app where the Electron binary is installed, the
// loopback browser host where it is not (e.g. a machine that cannot download
// it — see ensureElectron.mjs). Arguments after `--` (--data DIR, --demo,
// --port N for the browser host) are passed through.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import probe from './electronProbe.cjs';

const { desktopBlocker, electronBinary } = probe;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Runs the child with our stdio, forwards Ctrl+C / SIGTERM, exits with its code. */
function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('error', (error) => {
    console.error(`commission-desk: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
const blocker = electron === null ? 'Electron binary not installed here' : desktopBlocker(electron, root);
if (electron !== null && blocker === null) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  run(electron, [root, ...args], env);
} else {
  console.log(`${blocker}; starting the browser host instead — open the address below.`);
  // `node --import tsx` rather than the tsx CLI: one process, so signals reach serve.ts directly.
  run(process.execPath, ['--import', 'tsx', 'electron/browser/serve.ts', ...args], process.env);
}

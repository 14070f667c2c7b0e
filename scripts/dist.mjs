// `npm run dist [-- electron-builder options]`: installers with a better-sqlite3
// that Electron loads, and a checkout whose tests still run afterwards
// (issue 7 §6). In order:
//   1. refuse in one line, touching nothing, where the Electron binary or
//      Electron's headers are missing;
//   2. electron-vite build;
//   3. rebuild better-sqlite3 for Electron with npm's nodedir cleared (with
//      nodedir=/usr, as on these machines, node-gyp would compile against
//      Node's headers and the installed app would stop at "cannot start"),
//      then check that Electron really loads it;
//   4. electron-builder (electron-builder.yml: fuses, no second rebuild);
//   5. always — even after a failure or Ctrl+C — put back the Node build the
//      tests run on, and check that Node loads it.
// `node scripts/dist.mjs --check` runs step 1 only.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import probe from './electronProbe.cjs';
import { distBlocker, electronVersion, headersCached, headersReachable, nodeLoadsSqlite, putBackNodeBuild, saveNodeBuild, withoutNodedir } from './distSteps.mjs';

const { desktopBlocker, electronBinary } = probe;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

class DistFailure extends Error {}

function say(message) {
  console.log(`commission-desk dist: ${message}`);
}

/** The JavaScript entry of a package's command, run with this Node: no shell, any platform. */
function binOf(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const bin = JSON.parse(readFileSync(manifestPath, 'utf8')).bin;
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[command]);
}

/** Runs a command with our terminal; resolves on exit 0, rejects otherwise. */
function run(what, command, args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
    child.on('error', (error) => reject(new DistFailure(`${what} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new DistFailure(`${what} failed (${signal ?? `exit ${code}`})`))));
  });
}

async function preflight() {
  const version = electronVersion(root);
  const binary = electronBinary();
  const headers = version !== null && binary !== null && (headersCached(version, homedir()) || (await headersReachable(version)));
  return { binary, blocker: distBlocker({ binary, version, headers }) };
}

/** Puts the Node build back: the saved copy, or else `npm rebuild` with npm's own config (its nodedir included). */
async function restoreNodeBuild(saved) {
  if (putBackNodeBuild(root, saved)) return;
  say('rebuilding better-sqlite3 for Node (npm rebuild better-sqlite3)…');
  const npmCli = process.env.npm_execpath;
  if (npmCli !== undefined && existsSync(npmCli)) await run('npm rebuild better-sqlite3', process.execPath, [npmCli, 'rebuild', 'better-sqlite3'], process.env);
  else await run('npm rebuild better-sqlite3', 'npm', ['rebuild', 'better-sqlite3'], process.env);
  if (!nodeLoadsSqlite(root)) throw new DistFailure('better-sqlite3 still does not load in Node');
}

async function main(argv) {
  const { binary, blocker } = await preflight();
  if (blocker !== null) {
    console.error(`commission-desk: npm run dist cannot build installers here: ${blocker}.`);
    return 1;
  }
  if (argv.includes('--check')) {
    say('ready: the Electron binary and headers are here.');
    return 0;
  }
  // A Ctrl+C reaches the running child (same process group); this process
  // stays alive to restore the Node build in `finally`.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const electronEnv = withoutNodedir(process.env);
  let failure = null;
  const saved = saveNodeBuild(root);
  try {
    say('building the app (electron-vite build)…');
    await run('electron-vite build', process.execPath, [binOf('electron-vite', 'electron-vite'), 'build'], process.env);
    say('rebuilding better-sqlite3 for Electron (npm nodedir cleared)…');
    await run('electron-builder install-app-deps', process.execPath, [binOf('electron-builder', 'electron-builder'), 'install-app-deps'], electronEnv);
    const rejected = desktopBlocker(binary, root);
    if (rejected !== null) throw new DistFailure(`the rebuilt better-sqlite3 does not load in Electron: ${rejected}`);
    say('packaging (electron-builder)…');
    await run('electron-builder', process.execPath, [binOf('electron-builder', 'electron-builder'), '--config', 'electron-builder.yml', ...argv], electronEnv);
  } catch (error) {
    failure = error;
  } finally {
    try {
      await restoreNodeBuild(saved);
      say('better-sqlite3 is built for Node again (the tests run on it).');
    } catch (error) {
      console.error(`commission-desk: could not restore better-sqlite3's Node build (${error.message}); run \`npm rebuild better-sqlite3\` before the tests.`);
      failure ??= error;
    }
  }
  if (failure !== null) {
    console.error(`commission-desk: npm run dist failed: ${interrupted ? 'interrupted' : failure instanceof DistFailure ? failure.message : String(failure)}.`);
    return 1;
  }
  say('installers are in release/.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

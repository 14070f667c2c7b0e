// Electron's own postinstall downloads its binary from GitHub and fails the whole
// `npm install` where GitHub is unreachable. package.json turns that script off
// (allowScripts) and this one runs it instead, so the binary still arrives where
// a download is possible and its absence is one line, never a failed install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null; // production install without devDependencies
  }
}

const dir = electronDir();
if (dir === null) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('commission-desk: Electron binary download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD); `npm start` will use the browser host.');
  process.exit(0);
}
if (existsSync(join(dir, 'path.txt'))) process.exit(0);

const run = spawnSync(process.execPath, [join(dir, 'install.js')], {
  cwd: dir,
  stdio: 'pipe',
  timeout: 180_000,
  encoding: 'utf8',
});
if (run.status === 0 && existsSync(join(dir, 'path.txt'))) {
  console.log('commission-desk: Electron binary installed.');
} else {
  const reason = `${run.stderr ?? ''}${run.stdout ?? ''}`.match(/(ENOTFOUND|ETIMEDOUT|ECONNREFUSED|EAI_AGAIN)[^\n]*/)?.[0] ?? 'download failed';
  console.log(`commission-desk: Electron binary not available (${reason.trim()}); \`npm start\` will use the browser host instead.`);
}

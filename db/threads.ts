// Starting a worker thread of our own TypeScript code. The desktop build
// bundles each worker as an entry of its own beside the main process bundle
// (electron.vite.config.mts: out/main/<entry>.js); run from source (tsx,
// tests), the worker is its .ts file, started through tsx's require hook —
// a worker thread does not inherit tsx from its parent's --import (Node looks
// the .ts entry up before the worker's loader hooks are in place).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The bundled entry when this code runs bundled, else the TypeScript source (a path from the repository's db/ folder). */
export function workerScript(entry: string, sourceFromDb: string): string {
  // Bundled, this file may sit in a shared chunk (out/main/chunks/) below the entries.
  const bundleFolder = basename(__dirname) === 'chunks' ? dirname(__dirname) : __dirname;
  const built = join(bundleFolder, `${entry}.js`);
  return existsSync(built) ? built : join(__dirname, sourceFromDb);
}

export function startWorker(file: string, workerData: unknown): Worker {
  if (!file.endsWith('.ts')) return new Worker(file, { workerData });
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const boot = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`;
  return new Worker(boot, { eval: true, workerData });
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../db/dataFolder';
import { lockFile } from '../../db/service/lock';
import { caseInput, tempFolder } from '../../db/testing/testDatabase';
import { openData, type OpenedData } from '../host/startup';
import { startBrowserHost, type BrowserHost } from './server';

/** A stand-in for out/renderer: the host only needs an index.html to serve. */
function rendererFolder(): string {
  const folder = tempFolder();
  fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>Commission Desk</title>');
  return folder;
}

function api(url: string, token: string, method: string, input: unknown): Promise<Response> {
  return fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
}

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs the browser host command in a process of its own, as `npm run serve` does. */
function spawnHost(argv: readonly string[], rendererDir: string): ChildProcess {
  const command = path.join(__dirname, 'command.ts');
  const script = `require(${JSON.stringify(command)}).runBrowserHost(${JSON.stringify(argv)}, process.env, ${JSON.stringify(rendererDir)})`;
  // The installation id goes to a config folder of the test's own, never the user's.
  const env = { ...process.env, XDG_CONFIG_HOME: tempFolder(), HOME: tempFolder() };
  const child = spawn(process.execPath, ['--import', 'tsx', '--eval', script], { cwd: path.join(__dirname, '..', '..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((text) => text.includes('is running at'));
      if (line !== undefined) resolve(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before serving: ${err}${out}`)));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('the browser host command', () => {
  it('closes cleanly on SIGHUP (the terminal closed): exit 0, the log checkpointed into the file, the folder released', async () => {
    const folder = tempFolder();
    const host = spawnHost(['--data', folder, '--port', '0'], rendererFolder());
    const line = await firstLine(host);
    const url = /http:\/\/\S+/.exec(line)?.[0] ?? '';
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(await (await api(url, token, 'cases.create', caseInput({ title: 'Written before the hang-up' }))).json()).toMatchObject({ ok: true });
    expect(fs.statSync(`${databaseFile(folder)}-wal`).size).toBeGreaterThan(0);
    expect(fs.existsSync(lockFile(folder))).toBe(true);

    const exited = exitOf(host);
    host.kill('SIGHUP');
    expect(await exited).toEqual({ code: 0, stderr: '' });
    const wal = `${databaseFile(folder)}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(fs.existsSync(lockFile(folder))).toBe(false);
    const db = new Database(databaseFile(folder), { readonly: true });
    expect(db.prepare('SELECT title FROM cases').pluck().all()).toEqual(['Written before the hang-up']);
    db.close();
  });

  it('refuses a second host on the same folder in one line naming the first; with --read-only it starts and refuses writes', async () => {
    const folder = tempFolder();
    const renderer = rendererFolder();
    const first = spawnHost(['--data', folder], renderer);
    await firstLine(first);

    const second = spawnHost(['--data', folder], renderer);
    const refused = await exitOf(second);
    expect(refused.code).toBe(1);
    const escaped = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(refused.stderr).toMatch(
      new RegExp(
        `^commission-desk: The data folder ${escaped} is in use by a Commission Desk browser host \\(process ${first.pid} on this computer, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\. Close it first, or add --read-only to look at the data without changing it\\.\n$`,
      ),
    );

    const looker = spawnHost(['--data', folder, '--read-only'], renderer);
    const line = await firstLine(looker);
    expect(line).toContain('read-only: nothing can be changed');
    const url = /http:\/\/\S+/.exec(line)?.[0] ?? '';
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(await (await api(url, token, 'cases.create', caseInput())).json()).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await (await api(url, token, 'cases.list', {})).json()).toMatchObject({ ok: true, result: { total: 0 } });
  });
});

describe('the browser host while the service is busy', () => {
  it('serves pages while a write waits on another copy holding the database', async () => {
    const folder = tempFolder();
    const data: OpenedData = await openData(['--data', folder], {}, { host: 'browser', demo: false, deviceId: 'test-installation' });
    cleanups.push(() => data.close());
    const host: BrowserHost = await startBrowserHost({ dispatch: data.call, rendererDir: rendererFolder() });
    cleanups.push(() => host.close());
    expect(await (await api(host.url, host.token, 'system.status', {})).json()).toMatchObject({ ok: true });

    // Another program holds the write lock: the service's write waits for it
    // (up to SQLite's busy timeout) on the worker thread.
    const other = new Database(databaseFile(folder));
    cleanups.push(() => {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    });
    other.exec('BEGIN IMMEDIATE');

    const order: string[] = [];
    const write = api(host.url, host.token, 'cases.create', caseInput({ title: 'Waited for the lock' }))
      .then((response) => response.json())
      .then((answer) => {
        order.push('write answered');
        return answer;
      });
    // Long enough for the write to reach SQLite and wait there: on the host's
    // own thread it would now hold every request until the busy timeout.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const page = await fetch(new URL('/index.html', host.url));
    order.push(`page ${page.status}`);
    other.exec('COMMIT');
    expect(await write).toMatchObject({ ok: true, result: { title: 'Waited for the lock' } });
    expect(order).toEqual(['page 200', 'write answered']);
  });
});

// "Save a copy" as a download from the browser host: real backups of a real
// database in a temp folder, served only by listed name and only with the
// session's credentials.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupForDownload } from '../../db/backups/export';
import { backupsFolder } from '../../db/backups/files';
import { writeBackup } from '../../db/backups/write';
import { caseInput, openTestDatabase, type TestDatabase } from '../../db/testing/testDatabase';
import { send } from './httpTesting';
import { startBrowserHost, type BrowserHost } from './server';

let data: TestDatabase;
let host: BrowserHost;
let name: string;

beforeEach(async () => {
  data = await openTestDatabase();
  data.call('cases.create', caseInput());
  name = (await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00Z' })).name;
  const rendererDir = join(data.folder, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Commission Desk</title>');
  host = await startBrowserHost({ dispatch: data.dispatch, rendererDir, findBackup: (wanted) => backupForDownload(data.folder, wanted) });
});

afterEach(async () => {
  await host.close();
  data.close();
});

const bearer = () => ({ Authorization: `Bearer ${host.token}` });

describe('GET /backups/<name>', () => {
  it('sends a listed backup as an attachment, byte for byte, with the session cookie or the token', async () => {
    const exchange = await send(host.port, { path: `/?token=${host.token}` });
    const cookie = String(exchange.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    for (const headers of [{ Cookie: cookie }, bearer()]) {
      const reply = await send(host.port, { path: `/backups/${encodeURIComponent(name)}`, headers });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-disposition']).toBe('attachment; filename="commission-desk-2026-12-03T15-40-00Z.manual.sqlite"');
      expect(reply.headers['content-type']).toBe('application/vnd.sqlite3');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.bytes.equals(readFileSync(join(backupsFolder(data.folder), name)))).toBe(true);
    }
  });

  it('refuses without credentials, from another origin, for a write, and for anything not a listed backup', async () => {
    expect((await send(host.port, { path: `/backups/${name}` })).status).toBe(401);
    expect((await send(host.port, { path: `/backups/${name}`, headers: { ...bearer(), Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await send(host.port, { method: 'POST', path: `/backups/${name}`, headers: bearer() })).status).toBe(405);
    writeFileSync(join(data.folder, 'secret.txt'), 'TOP-SECRET');
    for (const other of ['..%2Fcommission-desk.sqlite', '..%2Fsecret.txt', `${name}.json`, '2020-01-01T00-00-00Z.manual.sqlite', '%E0%A4%A']) {
      const reply = await send(host.port, { path: `/backups/${other}`, headers: bearer() });
      expect(reply.status, other).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('TOP-SECRET');
      expect(reply.body).not.toContain('SQLite format 3');
    }
    rmSync(join(data.folder, 'secret.txt'));
  });
});

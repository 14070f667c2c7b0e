// "Save a copy" in the browser host (issue 7 §2): `GET /backups/<name>` sends
// a listed backup as a download. Only names the data folder's backup list
// knows are served (db/backups/export.ts backupForDownload), so no request
// reaches any other file.
// SECURITY: behind the same checks as the API — Host and Origin first (in
// server.ts), then the session cookie or the Bearer token; a link on another
// site carries neither (the cookie is SameSite=Strict).
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../security/csp';
import { isAuthorized, type Credentials } from './requestGuards';

/** A listed backup to send: where it is, its size, and the name the browser saves it under. */
export type BackupDownload = Readonly<{ file: string; size: number; downloadName: string }>;

/** Finds a listed backup by name; null for any other name. */
export type FindBackup = (name: string) => BackupDownload | null;

export const BACKUP_PATH = /^\/backups\/([^/]+)$/;

function refuse(response: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(`${text}\n`);
}

export function serveBackupDownload(request: IncomingMessage, response: ServerResponse, encodedName: string, find: FindBackup, credentials: Credentials): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  if (!isAuthorized(request.headers, credentials)) return refuse(response, 401, 'Open the address Commission Desk printed when it started.');
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return refuse(response, 400, 'Bad request');
  }
  const found = find(name);
  if (found === null) return refuse(response, 404, 'No such backup');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/vnd.sqlite3',
    'Content-Length': String(found.size),
    // The name is the app's own (letters, digits, '-', '.', ' ', '(', ')'), never the request's.
    'Content-Disposition': `attachment; filename="${found.downloadName}"`,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

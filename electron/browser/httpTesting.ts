// Raw HTTP requests to a host under test: node:http, so every header (Host,
// Origin, Cookie) is exactly what the test says, as a hostile client would send
// it; one connection per request, so no socket outlives the host that answered.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export type Reply = Readonly<{ status: number; headers: IncomingHttpHeaders; body: string; bytes: Buffer }>;

export type RawRequest = Readonly<{ method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }>;

/** Sends one request to 127.0.0.1:port with `Host: 127.0.0.1:port` unless the test sets another. */
export function send(port: number, options: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, agent: false, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

// The loopback host's gatekeeping, after Jupyter's model: a random token per
// run, and Host/Origin checks so a web page that rebinds its DNS name to
// 127.0.0.1 still cannot talk to us.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** 32 random bytes, URL-safe: goes into the printed address as ?token=. */
export function newToken(): string {
  return randomBytes(32).toString('base64url'); // SECURITY: unguessable per-run secret
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** True when the header is exactly `Bearer <token>`; compared in constant time. */
export function hasValidToken(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  // SECURITY: hash both sides to equal length so timingSafeEqual never throws
  // and the comparison time says nothing about the token.
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}

/** The Host values a genuine loopback request carries. */
function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Returns why a request must be refused (403), or null when its Host and
 * Origin are ours. Origin may be absent (same-origin GETs, curl); when present
 * it must be our own origin.
 */
export function originProblem(headers: IncomingHttpHeaders, port: number): string | null {
  const hosts = allowedHosts(port);
  // SECURITY: DNS-rebinding defence — a foreign name resolving to 127.0.0.1 sends its own Host.
  if (!hosts.includes((headers.host ?? '').toLowerCase())) return 'unexpected Host header';
  const origin = headers.origin;
  // SECURITY: cross-site requests from other pages (CSRF) carry their Origin.
  if (origin !== undefined && !hosts.map((host) => `http://${host}`).includes(origin.toLowerCase())) return 'unexpected Origin header';
  return null;
}
